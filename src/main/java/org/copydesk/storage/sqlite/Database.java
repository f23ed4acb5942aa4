package org.copydesk.storage.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * The one owner of the SQLite file: opens it (WAL, foreign keys on), holds the lock that keeps a
 * second copy of the program from writing to it, migrates it, and runs every write on a single
 * writer thread so that writes are serialised and never happen on the caller's thread.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** A piece of work against one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** How the caller wants the file. */
    public enum Access {
        /** Write access; fails if another copy of the program holds the file. */
        READ_WRITE,
        /** Write access if the file is free, read-only if another copy holds it. */
        READ_WRITE_OR_READ_ONLY,
        /**
         * Write access; read-only when the file is on media that cannot be written (a disc, a
         * read-only mount, a folder without write permission); fails if another copy holds it.
         */
        READ_WRITE_UNLESS_MEDIA_READ_ONLY
    }

    private final Path path;
    private final boolean readOnly;
    /** Read-only because the file's folder cannot be written, not because another copy holds it. */
    private final boolean media;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Connection writer;
    private final Connection reader;
    private final ReentrantLock readLock = new ReentrantLock();
    private final ExecutorService writerThread;
    private volatile Thread writerThreadRef;

    private Database(Path path, boolean readOnly, boolean media, FileChannel lockChannel, FileLock lock,
                     Connection writer, Connection reader) {
        this.path = path;
        this.readOnly = readOnly;
        this.media = media;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.writer = writer;
        this.reader = reader;
        this.writerThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "copydesk-db-writer");
            t.setDaemon(true);
            writerThreadRef = t;
            return t;
        });
    }

    public static Database open(Path file) {
        return open(file, Access.READ_WRITE);
    }

    /**
     * Opens the file, creating its folder first if {@code createParents} (for the default location
     * only: a path the user typed must exist, so that a typo is reported rather than obeyed).
     */
    public static Database open(Path file, boolean createParents, Access access) {
        Path dir = file.toAbsolutePath().getParent();
        if (createParents && dir != null) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new CopydeskException(Problem.DB_NOT_READABLE, e, file, e.getMessage());
            }
        }
        return open(file, access);
    }

    public static Database open(Path file, Access access) {
        Path path = file.toAbsolutePath().normalize();
        checkFile(path);
        FileChannel channel = null;
        FileLock lock = null;
        boolean readOnly = false;
        boolean media = false;
        try {
            channel = FileChannel.open(lockPath(path), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            media = Files.exists(path) && !Files.isWritable(path.getParent());
            if (access == Access.READ_WRITE || access == Access.READ_WRITE_UNLESS_MEDIA_READ_ONLY && !media) {
                throw new CopydeskException(Problem.DB_NOT_READABLE, e, path, e.getMessage());
            }
        }
        if (lock == null && media) {
            // nothing can write the file here, so no other copy can be changing it either
            readOnly = true;
        } else if (lock == null) {
            if (access != Access.READ_WRITE_OR_READ_ONLY || !Files.exists(path)) {
                closeQuietly(channel);
                throw new CopydeskException(Problem.DB_IN_USE, path);
            }
            readOnly = true;
        }
        Connection writer = null;
        Connection reader = null;
        try {
            if (!readOnly) {
                writer = connect(path, false);
                int found = Migrations.userVersion(writer);
                if (found > Migrations.latest()) {
                    throw new CopydeskException(Problem.DB_NEWER_VERSION, path, found, Migrations.latest());
                }
                if (found < Migrations.latest()) {
                    if (found > 0) {
                        // the desk as it was, before its structure changes
                        backUpBeforeMigration(writer, path, Migrations.latest());
                    }
                    Migrations.apply(writer, found, Migrations.latest());
                }
            }
            // on read-only media (a CD, a write-protected stick, a read-only share) SQLite cannot make the
            // files it reads a WAL desk with: the file is opened as immutable, which needs none
            boolean immutable = readOnly && !Files.isWritable(path.getParent()) && !Files.exists(Path.of(path + "-wal"));
            reader = connect(path, true, immutable);
            if (readOnly) {
                int found = Migrations.userVersion(reader);
                if (found > Migrations.latest()) {
                    throw new CopydeskException(Problem.DB_NEWER_VERSION, path, found, Migrations.latest());
                }
                if (found < Migrations.latest()) {
                    throw new CopydeskException(Problem.DB_NEEDS_UPGRADE, path);
                }
            }
            return new Database(path, readOnly, media, channel, lock, writer, reader);
        } catch (SQLException e) {
            closeAll(writer, reader, lock, channel);
            throw translate(e, path);
        } catch (RuntimeException e) {
            closeAll(writer, reader, lock, channel);
            throw e;
        }
    }

    private static void checkFile(Path path) {
        Path dir = path.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new CopydeskException(Problem.DB_DIRECTORY_MISSING, path);
        }
        if (Files.isDirectory(path)) {
            throw new CopydeskException(Problem.DB_NOT_A_DATABASE, path);
        }
        if (!Files.exists(path)) {
            if (!Files.isWritable(dir)) {
                throw new CopydeskException(Problem.DB_NOT_READABLE, path, dir);
            }
            return;
        }
        if (!Files.isReadable(path)) {
            throw new CopydeskException(Problem.DB_NOT_READABLE, path, path);
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (head.length > 0 && !Arrays.equals(head, SQLITE_HEADER)) {
                throw new CopydeskException(Problem.DB_NOT_A_DATABASE, path);
            }
        } catch (IOException e) {
            throw new CopydeskException(Problem.DB_NOT_READABLE, e, path, e.getMessage());
        }
    }

    private static Connection connect(Path path, boolean readOnly) throws SQLException {
        return connect(path, readOnly, false);
    }

    private static Connection connect(Path path, boolean readOnly, boolean immutable) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        if (readOnly) {
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.READONLY);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        if (immutable) {
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        }
        Connection c = config.createConnection(immutable ? "jdbc:sqlite:" + path.toUri() + "?immutable=1" : "jdbc:sqlite:" + path);
        // a file that only looks like SQLite fails here rather than on the first real query
        Migrations.userVersion(c);
        return c;
    }

    private static void backUpBeforeMigration(Connection writer, Path path, int to) throws SQLException {
        try {
            BackupFiles.vacuumInto(writer, BackupFiles.name(path, java.time.Instant.now(), "before-v" + to));
        } catch (IOException e) {
            throw new CopydeskException(Problem.BACKUP_FAILED, e, BackupFiles.folder(path), e.getMessage());
        }
    }

    /**
     * Writes a backup of the desk to {@code target} over a connection of its own, so neither reads
     * nor the writer wait for it; returns the file.
     */
    public Path backUpTo(Path target) {
        try (Connection c = connect(path, true)) {
            BackupFiles.vacuumInto(c, target);
            return target;
        } catch (SQLException e) {
            throw translate(e, target);
        } catch (IOException e) {
            throw new CopydeskException(Problem.BACKUP_FAILED, e, target, e.getMessage());
        }
    }

    /**
     * Puts a backup in place of the desk file, which must not be open anywhere: the current file (and
     * its write-ahead log) is moved aside to {@code NAME.before-restore-STAMP}, never overwritten,
     * and the backup is copied in under a temporary name first. Returns where the old file went.
     */
    public static Path restore(Path db, Path backup, java.time.Instant now) {
        Path path = db.toAbsolutePath().normalize();
        if (!Files.isRegularFile(backup)) {
            throw new CopydeskException(Problem.BACKUP_NOT_FOUND, backup);
        }
        checkFile(backup);
        try (FileChannel channel = FileChannel.open(lockPath(path), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new CopydeskException(Problem.DB_IN_USE, path);
            }
            try {
                Path aside = path.resolveSibling(path.getFileName() + ".before-restore-" + BackupFiles.stamp(now));
                Path part = path.resolveSibling(path.getFileName() + ".restoring");
                Files.copy(backup, part, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                if (Files.exists(path)) {
                    Files.move(path, aside);
                    for (String suffix : new String[] {"-wal", "-shm"}) {
                        Path side = path.resolveSibling(path.getFileName() + suffix);
                        if (Files.exists(side)) {
                            Files.move(side, aside.resolveSibling(aside.getFileName() + suffix));
                        }
                    }
                }
                Files.move(part, path, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                return aside;
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            throw new CopydeskException(Problem.DB_NOT_READABLE, e, path, e.getMessage());
        }
    }

    static Path lockPath(Path db) {
        return db.resolveSibling(db.getFileName() + ".lock");
    }

    public Path path() {
        return path;
    }

    /** True when another copy of the program holds the file and this one may only read. */
    /** True when the file is read-only because of where it is (a disc, a read-only mount). */
    public boolean readOnlyMedia() {
        return media;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** Runs a read on the shared read connection; any thread may call it. */
    public <T> T read(Work<T> work) {
        readLock.lock();
        try {
            return work.run(reader);
        } catch (SQLException e) {
            throw translate(e, path);
        } finally {
            readLock.unlock();
        }
    }

    /**
     * Runs a write in one transaction on the writer thread and waits for it. Everything that changes
     * the file goes through here, so writes never interleave.
     */
    public <T> T write(Work<T> work) {
        if (readOnly) {
            throw new CopydeskException(media ? Problem.DB_READ_ONLY_MEDIA : Problem.DB_IN_USE, path);
        }
        if (Thread.currentThread() == writerThreadRef) {
            return inTransaction(work);
        }
        Future<T> f = writerThread.submit(() -> inTransaction(work));
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CopydeskException(Problem.DB_FAILED, e, path, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new CopydeskException(Problem.DB_FAILED, cause, path, String.valueOf(cause));
        }
    }

    private <T> T inTransaction(Work<T> work) {
        try {
            writer.setAutoCommit(false);
        } catch (SQLException e) {
            throw translate(e, path);
        }
        SQLException failed = null;
        RuntimeException thrown = null;
        T result = null;
        try {
            result = work.run(writer);
            writer.commit();
        } catch (SQLException e) {
            failed = e;
        } catch (RuntimeException e) {
            thrown = e;
        }
        if (failed != null || thrown != null) {
            Exception first = failed != null ? failed : thrown;
            // a full disk ends the transaction inside SQLite: the rollback (and going back to autocommit)
            // then fail with "no transaction is active", and must not hide what really happened
            try {
                writer.rollback();
            } catch (SQLException alsoFailed) {
                first.addSuppressed(alsoFailed);
            }
        }
        try {
            writer.setAutoCommit(true);
        } catch (SQLException e) {
            if (failed == null && thrown == null) {
                failed = e;
            }
        }
        if (thrown != null) {
            throw thrown;
        }
        if (failed != null) {
            throw translate(failed, path);
        }
        return result;
    }

    static CopydeskException translate(SQLException e, Path path) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_FULL) {
                return new CopydeskException(Problem.DISK_FULL, e, path);
            }
            if (String.valueOf(e.getMessage()).contains("no transaction is active")) {
                // SQLite ended the transaction itself: a write failed under it (a full disk, an I/O error)
                return new CopydeskException(lowOnSpace(path) ? Problem.DISK_FULL : Problem.DB_WRITE_FAILED, e, path);
            }
            if (code == SQLiteErrorCode.SQLITE_NOTADB || code == SQLiteErrorCode.SQLITE_CORRUPT) {
                return new CopydeskException(Problem.DB_NOT_A_DATABASE, e, path);
            }
            if (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED) {
                return new CopydeskException(Problem.DB_IN_USE, e, path);
            }
            if (code == SQLiteErrorCode.SQLITE_CANTOPEN || code == SQLiteErrorCode.SQLITE_READONLY) {
                return new CopydeskException(Problem.DB_NOT_READABLE, e, path, e.getMessage());
            }
        }
        return new CopydeskException(Problem.DB_FAILED, e, path, e.getMessage());
    }

    /** True when the disk that holds the file has less than a few megabytes left. */
    private static boolean lowOnSpace(Path path) {
        try {
            return Files.getFileStore(path.toAbsolutePath().getParent()).getUsableSpace() < 8L * 1024 * 1024;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        writerThread.shutdown();
        try {
            if (!writerThread.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warning("database writer did not finish within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeAll(writer, reader, lock, lockChannel);
    }

    private static void closeAll(Connection writer, Connection reader, FileLock lock, FileChannel channel) {
        for (AutoCloseable c : new AutoCloseable[] {reader, writer, lock, channel}) {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "closing " + c, e);
        }
    }
}
