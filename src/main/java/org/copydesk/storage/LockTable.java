package org.copydesk.storage;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Soft locks on a shared desk: who has an article open for editing, on which client, since when, last seen when. */
public interface LockTable {

    record Lock(long articleId, String who, String client, Instant takenAt, Instant seenAt) {
    }

    Optional<Lock> find(long articleId) throws SQLException;

    /** Takes (or refreshes) an article's lock, whoever held it. */
    void put(Lock lock) throws SQLException;

    /** Gives up a lock this client holds; nothing when another holds it. */
    void release(long articleId, String client) throws SQLException;
}
