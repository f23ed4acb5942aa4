package org.copydesk.storage.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Salvages what can still be read from a damaged desk file into a new one, as SQLite's
 * {@code .recover} does for any database: every table of the desk is read row by row, and where a
 * damaged page stops the reading, the reading goes on past it. The new file has the desk's structure
 * at its current version; the search index and the tagger's counts are rebuilt from the articles on
 * first use. The damaged file is only read, never changed.
 */
public final class Salvage {

    private static final Logger LOG = Logger.getLogger(Salvage.class.getName());

    /** Tables made again from the articles rather than copied (the search index, the tagger's counts, locks). */
    /** Rows read one by one past a damaged page before scanning again. */
    private static final int PROBE = 256;

    private static final Set<String> REBUILT = Set.of("search_pending", "model", "article_terms", "article_lock");

    /** What was saved: articles read whole, and per table the rows copied and the places that could not be read. */
    public record Result(Path file, int articles, Map<String, Integer> rows, Map<String, Integer> unreadable) {

        /** Places in the damaged file that could not be read, over all tables. */
        public int unreadableTotal() {
            return unreadable.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private Salvage() {
    }

    /**
     * Reads {@code damaged} and writes what it can into {@code target}, which must not exist.
     *
     * @throws CopydeskException when the file is not a desk at all, or the target cannot be written
     */
    public static Result run(Path damaged, Path target) {
        if (!Files.isRegularFile(damaged)) {
            throw new CopydeskException(Problem.FILE_NOT_FOUND, damaged);
        }
        if (Files.exists(target)) {
            throw new CopydeskException(Problem.SALVAGE_TARGET_EXISTS, target);
        }
        // the new desk, with the structure of this version
        Database.open(target).close();
        Map<String, Integer> rows = new LinkedHashMap<>();
        Map<String, Integer> unreadable = new LinkedHashMap<>();
        try (Connection from = source(damaged); Connection to = new SQLiteConfig().createConnection("jdbc:sqlite:" + target)) {
            try (Statement st = to.createStatement()) {
                st.execute("PRAGMA foreign_keys = OFF");
            }
            to.setAutoCommit(false);
            for (String table : tables(to)) {
                if (REBUILT.contains(table)) {
                    continue;
                }
                // the columns both files have (none: the damaged file has no such table, or cannot say)
                List<String> columns = new ArrayList<>(columns(to, table));
                columns.retainAll(sourceColumns(from, table));
                if (columns.isEmpty()) {
                    continue;
                }
                int[] counts = rowidTable(from, table) ? copyByRowid(from, to, table, columns) : copyByScan(from, to, table, columns);
                rows.put(table, counts[0]);
                if (counts[1] > 0) {
                    unreadable.put(table, counts[1]);
                }
            }
            try (Statement st = to.createStatement()) {
                // the search index is made again from every article on the next search
                st.execute("UPDATE article SET search_seq = NULL");
                st.execute("INSERT INTO search_pending (article_id) SELECT id FROM article");
            }
            to.commit();
            int articles;
            try (Statement st = to.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM article WHERE deleted_at IS NULL")) {
                articles = rs.getInt(1);
            }
            return new Result(target, articles, rows, unreadable);
        } catch (SQLException e) {
            throw Database.translate(e, e.getMessage() != null && e.getMessage().contains(target.toString()) ? target : damaged);
        }
    }

    private static Connection source(Path damaged) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        Connection c = config.createConnection("jdbc:sqlite:" + damaged);
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            if (!rs.next()) {
                throw new CopydeskException(Problem.DB_NOT_A_DATABASE, damaged);
            }
        } catch (SQLException e) {
            c.close();
            throw new CopydeskException(Problem.DB_NOT_A_DATABASE, e, damaged);
        }
        return c;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY rowid")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String sql = String.valueOf(rs.getString(2));
                if (!name.startsWith("sqlite_") && !sql.toUpperCase(java.util.Locale.ROOT).startsWith("CREATE VIRTUAL")
                        && !name.startsWith("article_search")) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    private static Set<String> sourceColumns(Connection c, String table) {
        try {
            return columns(c, table);
        } catch (SQLException e) {
            return Set.of();
        }
    }

    private static Set<String> columns(Connection c, String table) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(\"" + table + "\")")) {
            while (rs.next()) {
                out.add(rs.getString("name"));
            }
        }
        return out;
    }

    private static boolean rowidTable(Connection c, String table) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT rowid FROM \"" + table + "\" LIMIT 0")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String list(List<String> columns) {
        return String.join(", ", columns.stream().map(c -> "\"" + c + "\"").toList());
    }

    private static PreparedStatement insert(Connection to, String table, List<String> columns) throws SQLException {
        return to.prepareStatement("INSERT OR IGNORE INTO \"" + table + "\" (" + list(columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")");
    }

    /**
     * Copies a table in rowid order; where a damaged page stops the reading, it starts again a little
     * further on (one row, then twice as far each time) until it reads again. Returns rows copied and
     * places skipped.
     */
    private static int[] copyByRowid(Connection from, Connection to, String table, List<String> columns) throws SQLException {
        long last = lastRowid(from, table);
        long next = Long.MIN_VALUE;
        int copied = 0;
        int skipped = 0;
        boolean inDamage = false;
        String sql = "SELECT rowid, " + list(columns) + " FROM \"" + table + "\" WHERE rowid >= ? ORDER BY rowid";
        try (PreparedStatement put = insert(to, table, columns)) {
            while (true) {
                // a statement of its own each time: one that met a damaged page is spent
                try (PreparedStatement read = from.prepareStatement(sql)) {
                    read.setLong(1, next);
                    try (ResultSet rs = read.executeQuery()) {
                        while (rs.next()) {
                            copyRow(rs, 2, put, columns.size());
                            copied++;
                            next = rs.getLong(1) + 1;
                            inDamage = false;
                        }
                    }
                    // read to the end without a fault
                    break;
                } catch (SQLException damage) {
                    if (!inDamage) {
                        skipped++;
                        inDamage = true;
                        LOG.warning("salvage: " + table + " unreadable from rowid " + next + ": " + damage.getMessage());
                    }
                    if (next == Long.MIN_VALUE) {
                        next = 1;
                    }
                    // past the damage row by row (each row's own lookup reads only its own page), then scan again
                    String one = "SELECT " + list(columns) + " FROM \"" + table + "\" WHERE rowid = ?";
                    for (long r = next; r < next + PROBE; r++) {
                        try (PreparedStatement read = from.prepareStatement(one)) {
                            read.setLong(1, r);
                            try (ResultSet rs = read.executeQuery()) {
                                if (rs.next()) {
                                    copyRow(rs, 1, put, columns.size());
                                    copied++;
                                }
                            }
                        } catch (SQLException unreadable) {
                            // this row is on the damaged page
                        }
                    }
                    next += PROBE;
                    if (last != Long.MIN_VALUE && next > last || last == Long.MIN_VALUE && next > 1L << 32) {
                        break;
                    }
                }
            }
        }
        return new int[] {copied, skipped};
    }

    /** Inserts the current row's {@code n} columns, read from column {@code first} on. */
    private static void copyRow(ResultSet rs, int first, PreparedStatement put, int n) throws SQLException {
        for (int i = 0; i < n; i++) {
            put.setObject(i + 1, rs.getObject(first + i));
        }
        put.executeUpdate();
    }

    /** The table's largest rowid (read along the b-tree's right edge), or Long.MIN_VALUE when that cannot be read. */
    private static long lastRowid(Connection from, String table) {
        try (Statement st = from.createStatement(); ResultSet rs = st.executeQuery("SELECT max(rowid) FROM \"" + table + "\"")) {
            return rs.next() ? rs.getLong(1) : Long.MIN_VALUE;
        } catch (SQLException e) {
            return Long.MIN_VALUE;
        }
    }

    /** Copies a table without rowids (keyed lists, settings) as far as it reads; returns rows copied and places skipped. */
    private static int[] copyByScan(Connection from, Connection to, String table, List<String> columns) throws SQLException {
        int copied = 0;
        try (PreparedStatement put = insert(to, table, columns);
             Statement read = from.createStatement();
             ResultSet rs = read.executeQuery("SELECT " + list(columns) + " FROM \"" + table + "\"")) {
            while (rs.next()) {
                copyRow(rs, 1, put, columns.size());
                copied++;
            }
        } catch (SQLException damage) {
            // what came before the damage is kept; the rest of such a table is made again by use
            LOG.warning("salvage: " + table + " unreadable after " + copied + " rows: " + damage.getMessage());
            return new int[] {copied, 1};
        }
        return new int[] {copied, 0};
    }
}
