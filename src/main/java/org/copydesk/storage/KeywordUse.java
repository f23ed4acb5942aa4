package org.copydesk.storage;

/** A keyword the desk has used, and on how many live articles. */
public record KeywordUse(String word, int count) {
}
