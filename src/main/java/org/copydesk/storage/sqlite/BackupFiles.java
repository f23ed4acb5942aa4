package org.copydesk.storage.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a desk file's backups live and what they are called: {@code backups/} beside the file,
 * {@code NAME-yyyyMMdd-HHmmss[-why].db} in local time, written whole under a temporary name and then
 * renamed, so a backup that was cut short is never listed.
 */
public final class BackupFiles {

    /** One backup: its file, when it was made, its size, and why ("" for a routine one). */
    public record Entry(Path file, Instant at, long bytes, String why) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String PART = ".part";

    private BackupFiles() {
    }

    public static Path folder(Path db) {
        return db.toAbsolutePath().normalize().resolveSibling("backups");
    }

    /** The name a backup of {@code db} made at {@code at} gets, with an optional reason tag. */
    public static Path name(Path db, Instant at, String why) {
        return folder(db).resolve(stem(db) + "-" + stamp(at) + (why.isEmpty() ? "" : "-" + why) + ".db");
    }

    /** A moment as backup names write it: {@code yyyyMMdd-HHmmss}, local time. */
    static String stamp(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneId.systemDefault()).format(STAMP);
    }

    /** The backups of {@code db}, newest first; files that do not follow the naming are left out. */
    public static List<Entry> list(Path db) {
        Path dir = folder(db);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Pattern p = Pattern.compile(Pattern.quote(stem(db)) + "-(\\d{8}-\\d{6})(?:-([a-z0-9-]+))?\\.db");
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = p.matcher(f.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                try {
                    Instant at = LocalDateTime.parse(m.group(1), STAMP).atZone(ZoneId.systemDefault()).toInstant();
                    out.add(new Entry(f, at, Files.size(f), m.group(2) == null ? "" : m.group(2)));
                } catch (DateTimeParseException | IOException e) {
                    // not one of ours, or gone meanwhile
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        out.sort(Comparator.comparing(Entry::at).reversed().thenComparing(e -> e.file().getFileName().toString()));
        return out;
    }

    /**
     * Writes a consistent copy of the database the connection reads into {@code target} with
     * {@code VACUUM INTO} (a snapshot: writers go on meanwhile), under a temporary name first.
     */
    static void vacuumInto(Connection c, Path target) throws SQLException, IOException {
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(target.getFileName() + PART);
        Files.deleteIfExists(part);
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM INTO '" + part.toString().replace("'", "''") + "'");
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static String stem(Path db) {
        String name = db.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
