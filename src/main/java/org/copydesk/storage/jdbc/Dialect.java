package org.copydesk.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.copydesk.storage.SearchTable;

/**
 * What differs between the SQL databases a desk can live in: the full-text index, how a search
 * narrows the list, row locks for a read before a write, and telling other clients of a change.
 * Everything else the table families write in SQL both understand.
 */
public interface Dialect {

    /** How a search narrows the article list: tables to join, a condition, its one parameter, and the order (newest first). */
    record SearchClause(String from, String where, Object parameter, String order) {
    }

    /** The full-text index over one connection. */
    SearchTable search(Connection c);

    /** The search clause for a query, or null when the query has nothing searchable. */
    SearchClause searchClause(String query);

    /** Appended to a read whose row is about to be written in the same transaction ("" where writes are serialised anyway). */
    String forUpdate();

    /** Tells the other clients of this desk that an article changed (nothing for a desk only one program writes). */
    void announce(Connection c, long articleId) throws SQLException;

    /** Before ({@code done} false) and after indexing a whole copied desk: set the index aside, build it again. */
    default void bulkIndexing(Connection c, boolean done) throws SQLException {
    }

    /** After rows were inserted with their own numbers: the table's next number follows the highest. */
    default void renumberAfter(Connection c, String table) throws SQLException {
    }
}
