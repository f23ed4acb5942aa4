package org.copydesk.storage;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.copydesk.domain.Revision;

/** The revisions of articles: snapshots with their uuid and parent, never changed once kept. */
public interface RevisionTable {

    void insert(Revision r) throws SQLException;

    /** An article's revisions, newest first. */
    List<Revision> list(long articleId) throws SQLException;

    /** A revision by its uuid, of whatever article. */
    Optional<Revision> find(String uuid) throws SQLException;

    /** The revisions whose reason starts with {@code prefix}, of whatever article, oldest first. */
    List<Revision> withReason(String prefix) throws SQLException;

    /** An article's newest revision. */
    Optional<Revision> latest(long articleId) throws SQLException;
}
