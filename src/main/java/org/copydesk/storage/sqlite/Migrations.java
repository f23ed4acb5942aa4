package org.copydesk.storage.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The numbered schema changes, applied in order. {@code PRAGMA user_version} records how many have
 * run; a migration is never edited once released, only followed by a new one.
 */
public final class Migrations {

    static final List<String> SCRIPTS = List.of(
            "001_articles.sql",
            "002_search_pending.sql",
            "003_tagger.sql",
            "004_review.sql",
            "005_identity.sql",
            "006_exchange.sql",
            "007_shared.sql");

    private Migrations() {
    }

    /** The schema version this program writes. */
    public static int latest() {
        return SCRIPTS.size();
    }

    public static int userVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Applies the migrations after {@code from} up to {@code to}, each in its own transaction. */
    static void apply(Connection c, int from, int to) throws SQLException {
        for (int v = from + 1; v <= to; v++) {
            String sql = script(SCRIPTS.get(v - 1));
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String statement : statements(sql)) {
                    st.execute(statement);
                }
                st.execute("PRAGMA user_version = " + v);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    private static String script(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a script into statements; scripts keep semicolons out of string literals and comments. */
    static List<String> statements(String sql) {
        String withoutComments = sql.replaceAll("(?m)--.*$", "");
        return java.util.Arrays.stream(withoutComments.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
