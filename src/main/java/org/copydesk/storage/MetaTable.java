package org.copydesk.storage;

import java.sql.SQLException;
import java.util.Optional;

/** Desk-wide facts by key (when the sample article was made, say). */
public interface MetaTable {

    Optional<String> get(String key) throws SQLException;

    void put(String key, String value) throws SQLException;
}
