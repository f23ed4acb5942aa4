package org.copydesk.domain;

import java.time.Instant;

/**
 * A proofreader's note, anchored to a paragraph of the body ({@code paragraph} -1 for the article as
 * a whole), with the words it points at. Open until someone resolves it.
 */
public record Note(long id, String uuid, long articleId, int paragraph, String anchor, String body, String author,
                   Instant createdAt, Instant resolvedAt, String resolvedBy) {

    public boolean open() {
        return resolvedAt == null;
    }
}
