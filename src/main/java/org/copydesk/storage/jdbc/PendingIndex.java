package org.copydesk.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.copydesk.storage.SearchTable;

/**
 * The part of a full-text index both databases keep alike: the articles whose autosaved words the
 * index has not caught up with yet ({@code search_pending}).
 */
public abstract class PendingIndex implements SearchTable {

    protected final Connection c;

    protected PendingIndex(Connection c) {
        this.c = c;
    }

    @Override
    public void markStale(long articleId) throws SQLException {
        Rows.update(c, "INSERT INTO search_pending (article_id) VALUES (?) ON CONFLICT DO NOTHING", articleId);
    }

    @Override
    public boolean anyStale() throws SQLException {
        return Rows.first(c, "SELECT 1 FROM search_pending LIMIT 1", rs -> true).orElse(false);
    }

    @Override
    public List<Long> stale() throws SQLException {
        return Rows.list(c, "SELECT article_id FROM search_pending", rs -> rs.getLong(1));
    }

    @Override
    public void clearStale(long articleId) throws SQLException {
        Rows.update(c, "DELETE FROM search_pending WHERE article_id=?", articleId);
    }
}
