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

    @Override
    public void bulkIndexing(Connection c, boolean done) throws SQLException {
        int timeout = c.getNetworkTimeout();
        // building the index of a large desk takes minutes: no read timeout while it is built
        c.setNetworkTimeout(Runnable::run, 0);
        try (var st = c.createStatement()) {
            // as in migration 001: one GIN build at the end instead of 100,000 incremental inserts
            st.execute(done ? "CREATE INDEX article_search ON article USING GIN (search)" : "DROP INDEX IF EXISTS article_search");
        } finally {
            c.setNetworkTimeout(Runnable::run, timeout);
        }
    }

    @Override
    public void renumberAfter(Connection c, String table) throws SQLException {
        // only the tables numbered by a sequence (BIGSERIAL id) have one to move on
        if (java.util.Set.of("article", "revision", "note", "review_event").contains(table)) {
            Rows.first(c, "SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT coalesce(max(id), 0) + 1 FROM " + table + "), false)",
                    rs -> null, table);
        }
    }
}
