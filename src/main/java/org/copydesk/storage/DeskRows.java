package org.copydesk.storage;

import java.sql.SQLException;
import java.util.List;

/**
 * A whole desk as rows, table by table, for copying one desk into another (a desk in a file onto a
 * shared server, and back). Every table a desk keeps is here except what each database rebuilds for
 * itself: the search index and the soft locks of open windows.
 */
public interface DeskRows {

    /** The tables a desk is copied by, each after the tables it refers to. */
    List<String> TABLES = List.of("article", "article_keyword", "image", "revision", "publication", "meta", "vocabulary", "article_terms", "model",
            "note", "review_event", "dismissal", "rule_setting", "word_list");

    /** One table's rows as they are read: the column names once, then each row's values in that order. */
    interface Sink {
        void columns(List<String> names) throws SQLException;

        void row(Object[] values) throws SQLException;

        /** The table's rows have all been given. */
        default void end() throws SQLException {
        }
    }

    /** Streams a table's rows (numbers, text, bytes, nulls) into {@code sink}. */
    void read(String table, Sink sink) throws SQLException;

    /** A sink that inserts rows into a table of this desk as they come, their numbers kept. */
    Sink writer(String table) throws SQLException;

    /** Empties a table (a new desk's own settings, before a whole desk's are copied over them). */
    void clear(String table) throws SQLException;

    /** The number of rows in a table. */
    long count(String table) throws SQLException;

    /**
     * Around indexing a whole copied desk: the search index is set aside first and built once at
     * the end ({@code done}), which is many times faster than keeping it up to date row by row.
     */
    void bulkIndexing(boolean done) throws SQLException;

    /** After rows were written with their numbers: new rows are numbered after them. */
    void renumberAfter(String table) throws SQLException;
}
