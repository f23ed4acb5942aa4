package org.copydesk.domain;

import java.time.Instant;
import java.time.LocalDateTime;

/** One row of the draft list: enough to show and sort an article without loading its body. */
public record ArticleSummary(long id, String title, String channel, Status status,
                             LocalDateTime publishedAt, Instant updatedAt) {
}
