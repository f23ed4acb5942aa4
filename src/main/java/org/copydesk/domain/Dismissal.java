package org.copydesk.domain;

/**
 * A finding a proofreader dismissed on an article: the rule, the field, the text it found and a few
 * characters around it, so the same false alarm stays quiet while the words around it stay the same.
 */
public record Dismissal(String rule, String field, String text, String context) {
}
