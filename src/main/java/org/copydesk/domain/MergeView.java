package org.copydesk.domain;

import java.time.Instant;
import java.util.List;

/**
 * Two lines of work on one article that a person must merge, as the window shows them: the article,
 * whose the other line is and when it was made, and every place both changed — a field, or a stretch
 * of the body (its paragraphs one to a line) — in the common base, here, and on the other side.
 */
public record MergeView(long articleId, String title, String theirsBy, Instant theirsAt, List<Part> parts) {

    /** One disputed place; {@code key} names it when the person's result is handed back. */
    public record Part(String key, String label, String base, String mine, String theirs) {
    }

    public MergeView {
        theirsBy = theirsBy == null ? "" : theirsBy;
        parts = List.copyOf(parts);
    }
}
