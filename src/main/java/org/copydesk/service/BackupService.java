package org.copydesk.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.copydesk.storage.Store;
import org.copydesk.storage.sqlite.BackupFiles;
import org.copydesk.storage.sqlite.Database;

/**
 * Rolling copies of a desk file in {@code backups/} beside it: made while the desk stays open
 * (SQLite's {@code VACUUM INTO} over a connection of its own, so typing never waits), when the last
 * is an hour old, and before every change of the file's structure. It keeps the newest copy of
 * each of the last 24 hours and of the last 14 days, and the last five made for a reason (before a
 * migration or a restore); the rest are deleted. A desk on a server is backed up by the server.
 */
public final class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    /** How old the last backup may be before another is due. */
    public static final Duration DUE = Duration.ofHours(1);
    static final int HOURS = 24;
    static final int DAYS = 14;
    static final int MARKED = 5;

    private final Store store;
    private final Clock clock;

    BackupService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Whether this desk keeps backups here: a desk file this program may write. */
    public boolean available() {
        return store.file().isPresent() && !store.readOnly();
    }

    /** The backups of this desk, newest first. */
    public List<Backup> list() {
        return store.file().map(BackupService::list).orElse(List.of());
    }

    /** The backups of the desk file {@code db}, newest first (the desk need not be open). */
    public static List<Backup> list(Path db) {
        return BackupFiles.list(db).stream().map(e -> new Backup(e.file(), e.at(), e.bytes(), e.why())).toList();
    }

    /** Makes a backup now, then trims the set. */
    public synchronized Backup make() {
        Path db = store.file().orElseThrow(() -> new CopydeskException(Problem.BACKUP_UNAVAILABLE));
        Instant now = clock.instant();
        Path target = BackupFiles.name(db, now, "");
        store.backUpTo(target);
        prune();
        return list().stream().filter(b -> b.file().equals(target)).findFirst()
                .orElseGet(() -> new Backup(target, now, size(target), ""));
    }

    /** Makes a backup if the desk keeps them here and the last is older than an hour. */
    public synchronized Optional<Backup> makeIfDue() {
        if (!available()) {
            return Optional.empty();
        }
        List<Backup> all = list();
        Instant now = clock.instant();
        if (!all.isEmpty() && Duration.between(all.get(0).at(), now).compareTo(DUE) < 0) {
            return Optional.empty();
        }
        return Optional.of(make());
    }

    /**
     * Puts a backup in place of the desk file {@code db}, which must be closed everywhere; the
     * current file is kept aside (never overwritten). Returns where it went.
     */
    public static Path restore(Path db, Path backup, Clock clock) {
        return Database.restore(db, backup, clock.instant());
    }

    /**
     * Salvages what can still be read of a damaged desk file into a new file beside it
     * ({@code NAME.salvaged-TIME.db}, or {@code out}); the damaged file is only read.
     */
    public static Salvaged salvage(Path db, Path out, Clock clock) {
        Path target = out != null ? out : db.resolveSibling(db.getFileName() + ".salvaged-"
                + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(clock.getZone()).format(clock.instant()) + ".db");
        org.copydesk.storage.sqlite.Salvage.Result r = org.copydesk.storage.sqlite.Salvage.run(db, target);
        return new Salvaged(r.file(), r.articles(), r.unreadable());
    }

    /** What a salvage saved: the new file, the articles in it, and per table the places that could not be read. */
    public record Salvaged(Path file, int articles, java.util.Map<String, Integer> unreadable) {
        public int unreadableTotal() {
            return unreadable.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The backup named by its number in {@link #list(Path)} (1 is the newest) or by its file. */
    public static Backup find(Path db, String which) {
        List<Backup> all = list(db);
        if (which.matches("\\d{1,4}")) {
            int n = Integer.parseInt(which);
            if (n >= 1 && n <= all.size()) {
                return all.get(n - 1);
            }
        }
        Path file = Path.of(which).toAbsolutePath().normalize();
        for (Backup b : all) {
            if (b.file().toAbsolutePath().normalize().equals(file)) {
                return b;
            }
        }
        if (Files.isRegularFile(file)) {
            return new Backup(file, Instant.ofEpochMilli(file.toFile().lastModified()), size(file), "");
        }
        throw new CopydeskException(Problem.BACKUP_NOT_FOUND, which);
    }

    /** Deletes what the set does not keep: see the class comment. */
    void prune() {
        List<Backup> all = list();
        Set<Path> keep = new HashSet<>();
        Set<LocalDateTime> hours = new HashSet<>();
        Set<LocalDateTime> days = new HashSet<>();
        int marked = 0;
        ZoneId zone = ZoneId.systemDefault();
        for (Backup b : all) { // newest first
            LocalDateTime local = LocalDateTime.ofInstant(b.at(), zone);
            LocalDateTime hour = local.truncatedTo(ChronoUnit.HOURS);
            LocalDateTime day = local.truncatedTo(ChronoUnit.DAYS);
            if (!b.why().isEmpty()) {
                if (marked++ < MARKED) {
                    keep.add(b.file());
                }
                continue;
            }
            if (hours.size() < HOURS && hours.add(hour)) {
                keep.add(b.file());
            }
            if (days.size() < DAYS && days.add(day)) {
                keep.add(b.file());
            }
        }
        List<Path> gone = new ArrayList<>();
        for (Backup b : all) {
            if (!keep.contains(b.file())) {
                try {
                    Files.deleteIfExists(b.file());
                    gone.add(b.file());
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "could not delete an old backup " + b.file(), e);
                }
            }
        }
        if (!gone.isEmpty()) {
            LOG.info("old backups deleted: " + gone.size());
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }
}
