package org.copydesk.storage.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;

/**
 * The connections of one client to a shared desk: one for writes and one for reads, each used by one
 * thread at a time; a connection lost with the server is opened again on next use. Errors become
 * one sentence that names the desk (never its password); a transaction that loses a race with
 * another client (serialization failure, deadlock) is run again.
 */
public final class PgDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PgDatabase.class.getName());
    private static final int RETRIES = 3;

    /** A piece of work against one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final PgAddress address;
    private final Properties properties;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();
    private Connection writer;
    private Connection reader;

    private PgDatabase(PgAddress address, Properties properties) {
        this.address = address;
        this.properties = properties;
    }

    /** Connects (the password may be null when the server asks for none) and brings the desk's schema up to date. */
    public static PgDatabase open(PgAddress address, String password) {
        Properties p = new Properties();
        p.setProperty("user", address.user());
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", "Copydesk");
        p.setProperty("connectTimeout", "8");
        p.setProperty("loginTimeout", "8");
        p.setProperty("socketTimeout", "30");
        p.setProperty("tcpKeepAlive", "true");
        address.options().forEach(p::setProperty);
        PgDatabase db = new PgDatabase(address, p);
        try {
            db.write(PgMigrations::bringUpToDate);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public PgAddress address() {
        return address;
    }

    /** A new connection of this client's own (for listening to the others). */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(address.jdbcUrl(), properties);
    }

    public <T> T read(Work<T> work) {
        readLock.lock();
        try {
            return attempt(false, work);
        } finally {
            readLock.unlock();
        }
    }

    /** Runs a write in one transaction and waits for it. */
    public <T> T write(Work<T> work) {
        writeLock.lock();
        try {
            return attempt(true, work);
        } finally {
            writeLock.unlock();
        }
    }

    private <T> T attempt(boolean write, Work<T> work) {
        for (int tries = 1; ; tries++) {
            Connection c;
            boolean fresh = write ? writer == null : reader == null;
            try {
                c = write ? writerConnection() : readerConnection();
            } catch (SQLException e) {
                throw translate(e, address);
            }
            boolean committing = false;
            try {
                if (!write) {
                    return work.run(c);
                }
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    committing = true;
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(c);
                    throw e;
                } finally {
                    resetQuietly(c);
                }
            } catch (SQLException e) {
                String state = String.valueOf(e.getSQLState());
                boolean lost = state.startsWith("08") || state.startsWith("57P");
                if (lost) {
                    drop(write);
                }
                // a kept connection the server dropped meanwhile (a restart, an idle timeout): the work
                // never reached a commit, so it runs once more on a new one
                if (lost && !fresh && !committing && tries == 1) {
                    continue;
                }
                if ((state.equals("40001") || state.equals("40P01")) && tries < RETRIES) {
                    continue;
                }
                throw translate(e, address);
            }
        }
    }

    private Connection writerConnection() throws SQLException {
        if (writer == null || writer.isClosed()) {
            writer = connect();
        }
        return writer;
    }

    private Connection readerConnection() throws SQLException {
        if (reader == null || reader.isClosed()) {
            reader = connect();
            reader.setReadOnly(true);
        }
        return reader;
    }

    private void drop(boolean write) {
        closeQuietly(write ? writer : reader);
        if (write) {
            writer = null;
        } else {
            reader = null;
        }
    }

    static CopydeskException translate(SQLException e, PgAddress address) {
        String state = String.valueOf(e.getSQLState());
        if (state.startsWith("08") || state.startsWith("57P") || e instanceof java.sql.SQLTimeoutException) {
            return new CopydeskException(Problem.SERVER_UNREACHABLE, e, address, String.valueOf(e.getMessage()));
        }
        if (state.startsWith("28")) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("no password")) {
                return new CopydeskException(Problem.PASSWORD_NEEDED, e, address);
            }
            return new CopydeskException(Problem.SERVER_AUTH, e, address, msg);
        }
        if (state.equals("3D000")) {
            return new CopydeskException(Problem.SERVER_NO_DATABASE, e, address.database());
        }
        if (state.equals("53100")) {
            return new CopydeskException(Problem.DISK_FULL, e, address);
        }
        LOG.log(Level.FINE, "shared desk failure", e);
        return new CopydeskException(Problem.SERVER_FAILED, e, address, String.valueOf(e.getMessage()));
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "rollback", e);
        }
    }

    private static void resetQuietly(Connection c) {
        try {
            if (!c.isClosed()) {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            LOG.log(Level.FINE, "reset", e);
        }
    }

    static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "closing", e);
        }
    }

    @Override
    public void close() {
        closeQuietly(writer);
        closeQuietly(reader);
        writer = null;
        reader = null;
    }
}
