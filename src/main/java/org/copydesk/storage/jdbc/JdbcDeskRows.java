package org.copydesk.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.copydesk.storage.DeskRows;

/**
 * A desk's tables as rows over JDBC. Only the columns both sides know are copied, and never the
 * search columns (each database indexes in its own way). Table names come from {@link #TABLES}
 * only; values always travel as parameters.
 */
final class JdbcDeskRows implements DeskRows {

    /** Columns each database keeps for its own index. */
    private static final Set<String> LOCAL_COLUMNS = Set.of("search", "search_seq");
    private static final int BATCH = 500;

    private final Connection c;
    private final Dialect dialect;

    JdbcDeskRows(Connection c, Dialect dialect) {
        this.c = c;
        this.dialect = dialect;
    }

    private static String table(String name) {
        if (!TABLES.contains(name)) {
            throw new IllegalArgumentException("not a desk table: " + name);
        }
        return name;
    }

    @Override
    public void read(String table, Sink sink) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.setFetchSize(BATCH);
            try (ResultSet rs = st.executeQuery("SELECT * FROM " + table(table) + order(table))) {
                ResultSetMetaData md = rs.getMetaData();
                List<Integer> at = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String name = md.getColumnName(i).toLowerCase(Locale.ROOT);
                    if (!LOCAL_COLUMNS.contains(name)) {
                        at.add(i);
                        names.add(name);
                    }
                }
                sink.columns(names);
                while (rs.next()) {
                    Object[] values = new Object[at.size()];
                    for (int k = 0; k < values.length; k++) {
                        values[k] = rs.getObject(at.get(k));
                    }
                    sink.row(values);
                }
            }
        }
    }

    /** Rows in their numbers' order, so that a copy numbers them the same way. */
    private static String order(String table) {
        return switch (table) {
            case "article", "revision", "note", "review_event" -> " ORDER BY id";
            default -> "";
        };
    }

    @Override
    public Sink writer(String table) throws SQLException {
        Map<String, Integer> known = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table(table) + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                known.put(md.getColumnName(i).toLowerCase(Locale.ROOT), md.getColumnType(i));
            }
        }
        return new Sink() {
            private PreparedStatement insert;
            private final List<Integer> from = new ArrayList<>();
            private final List<Integer> types = new ArrayList<>();
            private int pending;

            @Override
            public void columns(List<String> names) throws SQLException {
                List<String> cols = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    if (known.containsKey(names.get(i))) {
                        cols.add(names.get(i));
                        from.add(i);
                        types.add(known.get(names.get(i)));
                    }
                }
                insert = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", cols) + ") VALUES ("
                        + String.join(", ", java.util.Collections.nCopies(cols.size(), "?")) + ")");
            }

            @Override
            public void row(Object[] values) throws SQLException {
                for (int k = 0; k < from.size(); k++) {
                    set(insert, k + 1, values[from.get(k)], types.get(k));
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    flush();
                }
            }

            private void flush() throws SQLException {
                if (pending > 0) {
                    insert.executeBatch();
                    pending = 0;
                }
            }

            @Override
            public void end() throws SQLException {
                flush();
                insert.close();
            }
        };
    }

    private static void set(PreparedStatement ps, int i, Object v, int type) throws SQLException {
        if (v == null) {
            ps.setNull(i, type);
        } else if (v instanceof Number n && (type == Types.BIGINT || type == Types.INTEGER || type == Types.SMALLINT)) {
            ps.setLong(i, n.longValue());
        } else if (v instanceof byte[] b) {
            ps.setBytes(i, b);
        } else if (v instanceof Number n) {
            ps.setObject(i, n);
        } else {
            ps.setString(i, v.toString());
        }
    }

    @Override
    public void clear(String table) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM " + table(table));
        }
    }

    @Override
    public long count(String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void bulkIndexing(boolean done) throws SQLException {
        dialect.bulkIndexing(c, done);
    }

    @Override
    public void renumberAfter(String table) throws SQLException {
        dialect.renumberAfter(c, table(table));
    }
}
