package org.copydesk.storage;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where each article is published and which of its revisions the site shows: the address is the
 * one it was first published at, kept for good.
 */
public interface PublicationTable {

    /**
     * An article's place on the site: the article (its number and uuid), its path under the site's
     * root, the revision shown, when first published, and the articles its related news names (null
     * until worked out for this revision).
     */
    record Publication(long articleId, String uuid, String path, String revision, Instant firstAt, List<Long> related) {
    }

    Optional<Publication> find(long articleId) throws SQLException;

    /**
     * Records an article's publication (the first) or the revision it now shows; the path is never
     * changed, and the related news is kept only while the revision stays the same.
     */
    void put(Publication p) throws SQLException;

    /** Keeps the related news worked out for an article's shown revision. */
    void setRelated(long articleId, List<Long> related) throws SQLException;

    /** The articles recorded at a path (more than one only if a profile's pattern let two collide). */
    List<Long> atPath(String path) throws SQLException;

    /** Every live article whose status is published, with its publication. */
    List<Publication> published() throws SQLException;
}
