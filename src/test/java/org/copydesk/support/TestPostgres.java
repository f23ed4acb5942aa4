package org.copydesk.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests: {@code COPYDESK_TEST_PG} names one to use
 * ({@code postgresql://host:port/postgres?user=admin}, password in {@code COPYDESK_TEST_PG_PASSWORD}),
 * otherwise a throw-away cluster is made with Debian's PostgreSQL (never as root: as the
 * {@code postgres} user when the tests run as root) on a free local port, and stopped when the
 * tests end. Each test gets databases of its own.
 */
public final class TestPostgres {

    /** The role the desks are opened as, with a password (the server checks passwords over TCP). */
    public static final String USER = "copydesk";
    public static final String PASSWORD = "desk-test-password";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Server server;
    private static String unavailable;

    private record Server(String host, int port, String admin, String adminPassword) {
        Connection admin(String database) throws SQLException {
            Properties p = new Properties();
            p.setProperty("user", admin);
            p.setProperty("password", adminPassword);
            return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, p);
        }
    }

    private TestPostgres() {
    }

    /** Why there is no server for the tests, or null when there is one. */
    public static synchronized String unavailable() {
        start();
        return unavailable;
    }

    /**
     * Fails the test when there is no server: the suite runs against both backends, and a missing
     * PostgreSQL must not pass unseen. {@code COPYDESK_TEST_PG=skip} skips the shared-desk tests instead.
     */
    public static void require() {
        if ("skip".equals(System.getenv("COPYDESK_TEST_PG"))) {
            org.junit.jupiter.api.Assumptions.abort("COPYDESK_TEST_PG=skip");
        }
        String why = unavailable();
        if (why != null) {
            throw new AssertionError("no PostgreSQL for the shared-desk tests (" + why + "); .ci/run installs it");
        }
    }

    /** A new, empty database; returns its address as a person would type it. */
    public static String newDatabase() {
        Server s = start();
        if (s == null) {
            throw new IllegalStateException("no PostgreSQL for the tests: " + unavailable);
        }
        String name = "desk_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = s.admin("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " OWNER " + USER);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return "postgresql://" + s.host() + ":" + s.port() + "/" + name + "?user=" + USER;
    }

    /** A number the administrator reads from one of the test databases (a count, say). */
    public static long count(String database, String sql) {
        Server s = start();
        try (Connection c = s.admin(database); Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs SQL as the administrator in one of the test databases. */
    public static void admin(String database, String sql) {
        Server s = start();
        try (Connection c = s.admin(database); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The database name in an address made by {@link #newDatabase()}. */
    public static String databaseOf(String address) {
        String path = address.substring(address.indexOf('/', "postgresql://".length()) + 1);
        return path.substring(0, path.indexOf('?'));
    }

    /** The port of the test server. */
    public static int port() {
        return start().port();
    }

    private static synchronized Server start() {
        if (server != null || unavailable != null) {
            return server;
        }
        try {
            String given = System.getenv("COPYDESK_TEST_PG");
            server = given != null && given.startsWith("postgres") ? external(given) : throwAway();
            prepare(server);
        } catch (Exception e) {
            unavailable = String.valueOf(e.getMessage());
            server = null;
        }
        return server;
    }

    private static Server external(String address) {
        String rest = address.substring(address.indexOf("//") + 2);
        String hostPort = rest.substring(0, rest.indexOf('/'));
        String user = rest.contains("user=") ? rest.substring(rest.indexOf("user=") + 5).split("&")[0] : "postgres";
        String host = hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort;
        int port = hostPort.contains(":") ? Integer.parseInt(hostPort.substring(hostPort.indexOf(':') + 1)) : 5432;
        return new Server(host, port, user, System.getenv().getOrDefault("COPYDESK_TEST_PG_PASSWORD", ""));
    }

    private static Server throwAway() throws Exception {
        Path bin;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            bin = versions.sorted(Comparator.reverseOrder()).map(v -> v.resolve("bin")).filter(b -> Files.exists(b.resolve("initdb")))
                    .findFirst().orElseThrow(() -> new IllegalStateException("PostgreSQL is not installed (apt-get install postgresql)"));
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL is not installed (apt-get install postgresql)");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("copydesk-pg-");
        Path data = dir.resolve("data");
        Path pwfile = dir.resolve("pw");
        String adminPassword = "admin-" + ProcessHandle.current().pid();
        Files.writeString(pwfile, adminPassword + "\n");
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()));
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String admin = root ? "postgres" : System.getProperty("user.name");
        run(as(root, List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", admin, "--pwfile", pwfile.toString(),
                "-E", "UTF8", "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256")));
        run(as(root, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "-w", "start")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(as(root, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop")));
            } catch (Exception e) {
                // the folder is left behind in the temporary directory
            }
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // as above
            }
        }));
        return new Server("127.0.0.1", port, admin, adminPassword);
    }

    private static void prepare(Server s) throws SQLException, IOException {
        try (Connection c = s.admin("postgres"); Statement st = c.createStatement()) {
            var rs = st.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'");
            if (!rs.next()) {
                st.execute("CREATE ROLE " + USER + " LOGIN CREATEDB PASSWORD '" + PASSWORD + "'");
            }
        }
        // the password file the build points PGPASSFILE at, as a person's ~/.pgpass would hold it
        String file = System.getenv("PGPASSFILE");
        if (file != null && !file.isBlank()) {
            Path pgpass = Path.of(file);
            Files.createDirectories(pgpass.toAbsolutePath().getParent());
            Files.writeString(pgpass, s.host() + ":" + s.port() + ":*:" + USER + ":" + PASSWORD + "\n");
            try {
                Files.setPosixFilePermissions(pgpass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system
            }
        }
    }

    private static List<String> as(boolean root, List<String> command) {
        if (!root) {
            return command;
        }
        List<String> out = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        out.addAll(command);
        return out;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
    }
}
