package org.copydesk.storage.sqlite;

import org.copydesk.storage.jdbc.Rows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.storage.SearchTable;
import org.copydesk.text.BodyText;
import org.copydesk.text.SearchTokens;

/**
 * The FTS5 index of bigram tokens ({@link SearchTokens}). Each article's entry is keyed by a sequence
 * number renewed on every re-index, so the index itself yields matches in order of last change.
 */
final class SqliteSearch implements SearchTable {

    private final Connection c;

    SqliteSearch(Connection c) {
        this.c = c;
    }

    @Override
    public void index(Article a) throws SQLException {
        clearStale(a.id());
        Rows.update(c, "DELETE FROM article_search WHERE rowid = (SELECT search_seq FROM article WHERE id=?)", a.id());
        long seq = Rows.first(c, "SELECT coalesce(max(search_seq), 0) + 1 FROM article", rs -> rs.getLong(1)).orElse(1L);
        Rows.update(c, "UPDATE article SET search_seq=? WHERE id=?", seq, a.id());
        Rows.update(c, "INSERT INTO article_search (rowid, title, body) VALUES (?,?,?)", seq,
                SearchTokens.indexForm(a.title() + "\n" + a.subtitle()),
                SearchTokens.indexForm(a.summary() + "\n" + BodyText.plain(a.bodyHtml())));
    }

    @Override
    public void markStale(long articleId) throws SQLException {
        Rows.update(c, "INSERT OR IGNORE INTO search_pending (article_id) VALUES (?)", articleId);
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
