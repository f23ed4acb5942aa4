package org.copydesk.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.copydesk.storage.LockTable;

/** Soft locks in the article_lock table. */
final class JdbcLocks implements LockTable {

    private final Connection c;
    private final Dialect dialect;

    JdbcLocks(Connection c, Dialect dialect) {
        this.c = c;
        this.dialect = dialect;
    }

    @Override
    public Optional<Lock> find(long articleId) throws SQLException {
        return Rows.first(c, "SELECT article_id, who, client, taken_at, seen_at FROM article_lock WHERE article_id=?",
                rs -> new Lock(rs.getLong(1), rs.getString(2), rs.getString(3), Timestamps.instant(rs.getString(4)),
                        Timestamps.instant(rs.getString(5))), articleId);
    }

    @Override
    public void put(Lock lock) throws SQLException {
        Rows.update(c, "INSERT INTO article_lock (article_id, who, client, taken_at, seen_at) VALUES (?,?,?,?,?) "
                        + "ON CONFLICT (article_id) DO UPDATE SET who=excluded.who, client=excluded.client, "
                        + "taken_at=excluded.taken_at, seen_at=excluded.seen_at",
                lock.articleId(), lock.who(), lock.client(), Timestamps.instant(lock.takenAt()), Timestamps.instant(lock.seenAt()));
        if (lock.takenAt().equals(lock.seenAt())) {
            // a lock newly taken (not kept alive): whoever has the article open learns who has it now
            dialect.announce(c, lock.articleId());
        }
    }

    @Override
    public void release(long articleId, String client) throws SQLException {
        Rows.update(c, "DELETE FROM article_lock WHERE article_id=? AND client=?", articleId, client);
    }
}
