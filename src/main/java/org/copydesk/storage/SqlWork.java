package org.copydesk.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work against one connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
