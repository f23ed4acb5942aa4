package org.copydesk.storage.sqlite;

import org.copydesk.storage.jdbc.Rows;

import java.sql.Connection;
import java.sql.SQLException;
import org.copydesk.domain.Article;
import org.copydesk.storage.jdbc.PendingIndex;
import org.copydesk.text.BodyText;
import org.copydesk.text.SearchTokens;

/**
 * The FTS5 index of bigram tokens ({@link SearchTokens}). Each article's entry is keyed by a sequence
 * number renewed on every re-index, so the index itself yields matches in order of last change.
 */
final class SqliteSearch extends PendingIndex {

    SqliteSearch(Connection c) {
        super(c);
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
}
