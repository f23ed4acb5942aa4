package org.copydesk.storage.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.copydesk.storage.Store;
import org.copydesk.storage.jdbc.JdbcTx;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A shared desk on a PostgreSQL server: the same table families as a desk in a file, over this
 * client's connections, and a listener that hears the other clients' changes.
 */
public final class PgStore implements Store {

    private static final Logger LOG = Logger.getLogger(PgStore.class.getName());

    private final PgDatabase db;
    private final String client = UUID.randomUUID().toString();
    private final PgDialect dialect = new PgDialect(client);

    private PgStore(PgDatabase db) {
        this.db = db;
    }

    /** Opens a shared desk; the password is the given one, else {@code PGPASSWORD} or the password file. */
    public static PgStore open(PgAddress address, String password) {
        String pw = password != null ? password : PgPass.lookup(address, System.getenv()).orElse(null);
        return new PgStore(PgDatabase.open(address, pw));
    }

    /** Opens a shared desk by its address, the password found as {@link #open(PgAddress, String)} finds it. */
    public static PgStore open(String address, String password) {
        return open(PgAddress.parse(address), password);
    }

    /** The password this client would use when none is typed (for deciding whether to ask). */
    public static boolean passwordKnown(String address, Map<String, String> env) {
        return PgPass.lookup(PgAddress.parse(address), env).isPresent();
    }

    @Override
    public <T> T read(Work<T> work) {
        return db.read(c -> work.run(new JdbcTx(c, dialect)));
    }

    @Override
    public <T> T write(Work<T> work) {
        return db.write(c -> work.run(new JdbcTx(c, dialect)));
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public String location() {
        return db.address().toString();
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public AutoCloseable listen(LongConsumer changed) {
        Listener l = new Listener(changed);
        Thread t = new Thread(l, "copydesk-shared-listener");
        t.setDaemon(true);
        t.start();
        return l;
    }

    /** Hears NOTIFY on its own connection; a lost connection is found again, and then everything is reread. */
    private final class Listener implements Runnable, AutoCloseable {

        private final LongConsumer changed;
        private volatile boolean running = true;
        private volatile Connection connection;

        Listener(LongConsumer changed) {
            this.changed = changed;
        }

        @Override
        public void run() {
            boolean lost = false;
            while (running) {
                try (Connection c = db.connect()) {
                    connection = c;
                    try (var st = c.createStatement()) {
                        st.execute("LISTEN " + PgDialect.CHANNEL);
                    }
                    if (lost) {
                        changed.accept(0);
                        lost = false;
                    }
                    PGConnection pg = c.unwrap(PGConnection.class);
                    while (running) {
                        PGNotification[] got = pg.getNotifications(500);
                        if (got == null) {
                            continue;
                        }
                        for (PGNotification n : got) {
                            String[] parts = n.getParameter().split(" ");
                            if (parts.length == 2 && !parts[1].equals(client)) {
                                changed.accept(Long.parseLong(parts[0]));
                            }
                        }
                    }
                } catch (SQLException | RuntimeException e) {
                    if (!running) {
                        return;
                    }
                    lost = true;
                    LOG.log(Level.FINE, "shared desk listener lost its connection; trying again", e);
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }

        @Override
        public void close() {
            running = false;
            PgDatabase.closeQuietly(connection);
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
