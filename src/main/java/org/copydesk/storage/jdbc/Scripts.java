package org.copydesk.storage.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Numbered migration scripts kept as resources beside the class that runs them. */
public final class Scripts {

    private Scripts() {
    }

    /** The script {@code migrations/name} beside {@code owner}. */
    public static String read(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a script into statements; scripts keep semicolons out of string literals and comments. */
    public static List<String> statements(String sql) {
        return Arrays.stream(sql.replaceAll("(?m)--.*$", "").split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
