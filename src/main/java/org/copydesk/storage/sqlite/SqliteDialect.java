package org.copydesk.storage.sqlite;

import java.sql.Connection;
import org.copydesk.storage.SearchTable;
import org.copydesk.storage.jdbc.Dialect;
import org.copydesk.text.SearchTokens;

/**
 * SQLite's part: FTS5 over bigram tokens, keyed by a sequence number renewed on every re-index so
 * that the index itself yields matches newest change first; no row locks or announcements (one
 * program writes the file, on one thread).
 */
final class SqliteDialect implements Dialect {

    static final SqliteDialect INSTANCE = new SqliteDialect();

    @Override
    public SearchTable search(Connection c) {
        return new SqliteSearch(c);
    }

    @Override
    public SearchClause searchClause(String query) {
        String match = SearchTokens.matchExpression(query);
        return match.isEmpty() ? null
                : new SearchClause("article_search s JOIN article a ON a.search_seq = s.rowid", "article_search MATCH ?", match,
                        "s.rowid DESC");
    }

    @Override
    public String forUpdate() {
        return "";
    }

    @Override
    public void announce(Connection c, long articleId) {
        // nobody else writes this file
    }
}
