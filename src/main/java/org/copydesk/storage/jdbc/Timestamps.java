package org.copydesk.storage.jdbc;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How times are written in the file: fixed-width UTC instants (so text order is time order) and local times. */
public final class Timestamps {

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static String instant(Instant i) {
        return INSTANT.format(i);
    }

    /** Reads an instant as written by {@link #instant(Instant)}, or any ISO-8601 instant (a file edited by hand). */
    public static Instant instant(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Instant.from(INSTANT.parse(s));
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.parse(s);
        }
    }

    public static String local(LocalDateTime t) {
        return t == null ? null : t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    public static LocalDateTime local(String s) {
        return s == null || s.isEmpty() ? null : LocalDateTime.parse(s);
    }
}
