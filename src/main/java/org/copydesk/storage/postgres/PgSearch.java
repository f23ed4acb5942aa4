package org.copydesk.storage.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.storage.SearchTable;
import org.copydesk.storage.jdbc.Rows;
import org.copydesk.text.BodyText;
import org.copydesk.text.SearchTokens;

/** The shared desk's full-text index: each article's bigram tsvector, renumbered newest first on every re-index. */
final class PgSearch implements SearchTable {

    private final Connection c;

    PgSearch(Connection c) {
        this.c = c;
    }

    @Override
    public void index(Article a) throws SQLException {
        clearStale(a.id());
        String text = a.title() + "\n" + a.subtitle() + "\n" + a.summary() + "\n" + BodyText.plain(a.bodyHtml());
        Rows.update(c, "UPDATE article SET search = ?::tsvector, search_seq = nextval('search_seq') WHERE id = ?",
                SearchTokens.tsVector(text), a.id());
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
