package org.copydesk.domain;

import java.time.Instant;

/** A snapshot of an article kept on an explicit save or a status change. */
public record Revision(long id, long articleId, long version, Instant createdAt, String reason, Article snapshot) {
}
