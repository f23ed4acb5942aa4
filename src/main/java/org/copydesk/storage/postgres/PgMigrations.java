package org.copydesk.storage.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.copydesk.storage.jdbc.Scripts;

/**
 * A shared desk's numbered schema changes, tracked in the database ({@code copydesk_schema}); the
 * first client that opens a desk of an older version brings it up to date, holding an advisory lock
 * so two clients never migrate at once. A desk of a newer version, or a database that holds other
 * tables but no Copydesk schema, is refused.
 */
final class PgMigrations {

    static final List<String> SCRIPTS = List.of("001_desk.sql", "002_publication.sql", "003_lead_image.sql");
    private static final long LOCK = 0x436f70796465736bL;

    private PgMigrations() {
    }

    static int latest() {
        return SCRIPTS.size();
    }

    /** Runs inside the opening transaction. */
    static Void bringUpToDate(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
            int version = version(st);
            if (version < 0) {
                if (tableCount(st) > 0) {
                    throw new CopydeskException(Problem.NOT_A_DESK, c.getMetaData().getURL().replaceFirst("^jdbc:", ""));
                }
                st.execute("CREATE TABLE copydesk_schema (version INTEGER NOT NULL)");
                st.execute("INSERT INTO copydesk_schema VALUES (0)");
                version = 0;
            }
            if (version > latest()) {
                throw new CopydeskException(Problem.DB_NEWER_VERSION, c.getMetaData().getURL().replaceFirst("^jdbc:", ""), version,
                        latest());
            }
            for (int v = version + 1; v <= latest(); v++) {
                for (String statement : Scripts.statements(Scripts.read(PgMigrations.class, SCRIPTS.get(v - 1)))) {
                    st.execute(statement);
                }
                st.executeUpdate("UPDATE copydesk_schema SET version = " + v);
            }
        }
        return null;
    }

    private static int version(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT to_regclass('copydesk_schema') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return -1;
            }
        }
        try (ResultSet rs = st.executeQuery("SELECT version FROM copydesk_schema")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static int tableCount(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery(
                // the catalogue, not information_schema: that lists only the tables this login may use
                "SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                        + "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'm', 'p', 'f')")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
