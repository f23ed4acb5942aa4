package org.copydesk.domain;

import java.time.Instant;
import java.time.LocalDateTime;

/** One row of the draft list: enough to show and sort an article without loading its body, and whether it waits on a merge. */
public record ArticleSummary(long id, String title, String channel, Status status,
                             LocalDateTime publishedAt, Instant updatedAt, boolean conflict) {

    /** A row with no conflict waiting. */
    public ArticleSummary(long id, String title, String channel, Status status, LocalDateTime publishedAt, Instant updatedAt) {
        this(id, title, channel, status, publishedAt, updatedAt, false);
    }
}
