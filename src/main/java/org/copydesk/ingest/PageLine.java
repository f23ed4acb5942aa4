package org.copydesk.ingest;

/**
 * One line of a page as a reader sees it: its plain text, its markup (for pages that have some),
 * and what kind of block it came from ({@code p}, {@code h1}, {@code h2}, {@code li}, {@code title},
 * {@code img}…), which hints at its role.
 */
public record PageLine(String text, String html, String kind) {

    public static PageLine plain(String text) {
        return new PageLine(text, org.jsoup.nodes.Entities.escape(text), "p");
    }

    public boolean isBlank() {
        return text.isBlank() && !html.contains("<img");
    }
}
