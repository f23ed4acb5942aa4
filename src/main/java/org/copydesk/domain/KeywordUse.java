package org.copydesk.domain;

/** A keyword of the desk's vocabulary, and on how many live articles it was accepted. */
public record KeywordUse(String word, int uses) {
}
