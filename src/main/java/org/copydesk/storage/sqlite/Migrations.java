package org.copydesk.storage.sqlite;

import org.copydesk.storage.jdbc.Scripts;
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
            "007_shared.sql",
            "008_publication.sql",
            "009_lead_image.sql");

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
            String sql = Scripts.read(Migrations.class, SCRIPTS.get(v - 1));
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

    /** Splits a script into statements; scripts keep semicolons out of string literals and comments. */
    static List<String> statements(String sql) {
        return Scripts.statements(sql);
    }
}
