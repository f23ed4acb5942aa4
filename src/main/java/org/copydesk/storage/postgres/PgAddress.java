package org.copydesk.storage.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;

/**
 * A shared desk's address as people write it, {@code postgresql://HOST[:PORT]/DB?user=NAME&sslmode=…}.
 * A password never belongs in it (it would end up in logs and settings): it comes from
 * {@code PGPASSWORD}, {@code ~/.pgpass} or a prompt, and an address that carries one is refused.
 */
public record PgAddress(String host, int port, String database, String user, Map<String, String> options) {

    public static final String SCHEME = "postgresql://";

    public PgAddress {
        options = Map.copyOf(options);
    }

    /** True for a text that names a shared desk rather than a file. */
    public static boolean isAddress(String s) {
        return s != null && (s.startsWith(SCHEME) || s.startsWith("postgres://"));
    }

    public static PgAddress parse(String s) {
        try {
            URI u = new URI(s.startsWith("postgres://") ? "postgresql://" + s.substring("postgres://".length()) : s);
            if (!"postgresql".equals(u.getScheme()) || u.getHost() == null || u.getPath() == null || u.getPath().length() < 2
                    || u.getUserInfo() != null && u.getUserInfo().contains(":")) {
                throw new CopydeskException(Problem.DB_ADDRESS_INVALID, redact(s));
            }
            Map<String, String> options = new LinkedHashMap<>();
            if (u.getRawQuery() != null) {
                for (String pair : u.getRawQuery().split("&")) {
                    int eq = pair.indexOf('=');
                    String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    if (k.equalsIgnoreCase("password")) {
                        throw new CopydeskException(Problem.DB_ADDRESS_INVALID, redact(s));
                    }
                    options.put(k.toLowerCase(Locale.ROOT), v);
                }
            }
            String user = options.remove("user");
            if (user == null) {
                user = u.getUserInfo() != null ? u.getUserInfo() : System.getProperty("user.name", "");
            }
            return new PgAddress(u.getHost(), u.getPort() < 0 ? 5432 : u.getPort(), u.getPath().substring(1), user, options);
        } catch (URISyntaxException e) {
            throw new CopydeskException(Problem.DB_ADDRESS_INVALID, redact(s));
        }
    }

    /** The JDBC address, options included, user and password not. */
    String jdbcUrl() {
        StringBuilder b = new StringBuilder("jdbc:postgresql://").append(host).append(':').append(port).append('/').append(database);
        return b.toString();
    }

    /** The address as shown to people and logged: no password, ever. */
    @Override
    public String toString() {
        return SCHEME + host + (port == 5432 ? "" : ":" + port) + "/" + database + "?user=" + user;
    }

    /** An address as typed, with anything after a colon in the user part or a password option blanked. */
    static String redact(String s) {
        return s.replaceAll("(//[^:/@]*):[^@/]*@", "$1:***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
