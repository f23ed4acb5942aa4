package org.copydesk.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.copydesk.storage.MetaTable;

/** Desk-wide facts in the SQLite file's meta table. */
final class JdbcMeta implements MetaTable {

    private final Connection c;

    JdbcMeta(Connection c) {
        this.c = c;
    }

    @Override
    public Optional<String> get(String key) throws SQLException {
        return Rows.first(c, "SELECT value FROM meta WHERE key=?", rs -> rs.getString(1), key);
    }

    @Override
    public void put(String key, String value) throws SQLException {
        Rows.update(c, "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value=excluded.value",
                key, value);
    }
}
