package org.copydesk.domain;

import java.time.Instant;

/**
 * A snapshot of an article kept on an explicit save, a status change or a merge. {@code uuid} names
 * it on every desk and {@code parent} is the revision it was made from (empty for an article's
 * first); a merge of two lines of work also names the other line's revision ({@code merged}), so that
 * two desks can tell what they share and who changed what since. {@code version} is this desk's
 * count of the article's revisions.
 */
public record Revision(long id, String uuid, String parent, String merged, long articleId, long version, Instant createdAt,
                       String reason, Article snapshot) {

    public Revision {
        uuid = uuid == null ? "" : uuid;
        parent = parent == null ? "" : parent;
        merged = merged == null ? "" : merged;
    }

    /** The revisions this one was made from: its parent, and for a merge the other line's revision. */
    public java.util.List<String> parents() {
        java.util.List<String> out = new java.util.ArrayList<>(2);
        if (!parent.isEmpty()) {
            out.add(parent);
        }
        if (!merged.isEmpty()) {
            out.add(merged);
        }
        return out;
    }
}
