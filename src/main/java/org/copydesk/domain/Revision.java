package org.copydesk.domain;

import java.time.Instant;

/**
 * A snapshot of an article kept on an explicit save or a status change. {@code uuid} names it on
 * every desk and {@code parent} is the revision it was made from (empty for an article's first), so
 * that two desks can tell what they share and who changed what since.
 */
public record Revision(long id, String uuid, String parent, long articleId, long version, Instant createdAt,
                       String reason, Article snapshot) {

    public Revision {
        uuid = uuid == null ? "" : uuid;
        parent = parent == null ? "" : parent;
    }
}
