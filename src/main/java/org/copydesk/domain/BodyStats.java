package org.copydesk.domain;

/** How long a body is: characters as a Chinese desk counts them, and paragraphs. */
public record BodyStats(int characters, int paragraphs) {
}
