package org.copydesk.storage.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import org.copydesk.storage.SearchTable;
import org.copydesk.storage.jdbc.Dialect;
import org.copydesk.storage.jdbc.Rows;
import org.copydesk.text.SearchTokens;

/**
 * PostgreSQL's part: a tsvector of bigram tokens with a GIN index (see ADR 0010), rows locked when a
 * write reads them first, and every change of an article announced to the other clients
 * ({@code NOTIFY copydesk_articles, 'id client'}).
 */
final class PgDialect implements Dialect {

    static final String CHANNEL = "copydesk_articles";

    private final String client;

    PgDialect(String client) {
        this.client = client;
    }

    @Override
    public SearchTable search(Connection c) {
        return new PgSearch(c);
    }

    @Override
    public SearchClause searchClause(String query) {
        String q = SearchTokens.tsQuery(query);
        return q.isEmpty() ? null : new SearchClause("article a", "a.search @@ to_tsquery('simple', ?)", q, "a.search_seq DESC NULLS LAST");
    }

    @Override
    public String forUpdate() {
        return " FOR UPDATE";
    }

    @Override
    public void announce(Connection c, long articleId) throws SQLException {
        Rows.first(c, "SELECT pg_notify(?, ?)", rs -> null, CHANNEL, articleId + " " + client);
    }
}
