package org.copydesk.domain;

/** How finely two texts are compared: by words (as the segmenter cuts them) or character by character. */
public enum DiffGranularity {
    WORD, CHARACTER
}
