package org.copydesk.site;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;

/**
 * Writes files so that a reader sees the old file or the new one, never half of one: the bytes go
 * to a temporary file beside the target, are flushed to disk, and the temporary file is renamed.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes {@code data} to {@code target} atomically, unless the file already holds exactly these
     * bytes. Returns true if the file was written.
     */
    public static boolean write(Path target, byte[] data) {
        return write(target, data, true);
    }

    /**
     * As {@link #write(Path, byte[])}; without {@code durable} the bytes are not forced to disk
     * before the rename (a site of thousands of pages: each page is still whole or absent, and the
     * next export rewrites any the machine lost). The file gets the permissions the user's umask
     * gives a new file, as a web server must be able to read an uploaded site.
     */
    public static boolean write(Path target, byte[] data, boolean durable) {
        Staged s = stage(target, data, durable);
        if (s == null) {
            return false;
        }
        try {
            commit(s);
        } finally {
            discard(s);
        }
        return true;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** A file written beside its target under a temporary name, waiting to take its place. */
    public record Staged(Path tmp, Path target) {
    }

    /**
     * Writes {@code data} beside {@code target} under a hidden temporary name, without replacing the
     * target yet; null when the target already holds exactly these bytes. A whole site is staged
     * first and put in place only when every file is written (see {@link #commit}).
     */
    static Staged stage(Path target, byte[] data) {
        return stage(target, data, false);
    }

    /** As {@link #stage(Path, byte[])}; with {@code durable} the bytes are forced to disk first. */
    private static Staged stage(Path target, byte[] data, boolean durable) {
        try {
            if (Files.isRegularFile(target) && Files.size(target) == data.length
                    && Arrays.equals(Files.readAllBytes(target), data)) {
                return null;
            }
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                var buf = java.nio.ByteBuffer.wrap(data);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                if (durable) {
                    ch.force(true);
                }
            } catch (IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            return new Staged(tmp, target);
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    /** Puts a staged file in its target's place (a rename: the reader sees the old file or the new). */
    static void commit(Staged s) {
        try {
            try {
                Files.move(s.tmp(), s.target(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(s.tmp(), s.target(), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw failure(s.target(), e);
        }
    }

    /** Removes a staged file that will not be used. */
    static void discard(Staged s) {
        try {
            Files.deleteIfExists(s.tmp());
        } catch (IOException e) {
            // a hidden temporary file left behind is removed by the next export
        }
    }

    /** The note of a site's files being put in place (hidden, beside the manifest; gone once they are). */
    static final String SWITCH_NOTE = ".copydesk-switch";

    /**
     * Notes, durably, which staged files are about to take their places in {@code dir}: from this
     * note on the export is decided, and an export stopped among the renames is finished by the
     * next ({@link #finishSwitch}) instead of leaving a site half old and half new.
     */
    static void noteSwitch(Path dir, java.util.Collection<Staged> staged) {
        Path root = dir.toAbsolutePath();
        StringBuilder sb = new StringBuilder();
        for (Staged s : staged) {
            sb.append(root.relativize(s.tmp().toAbsolutePath()).toString().replace('\\', '/')).append('\t')
                    .append(root.relativize(s.target().toAbsolutePath()).toString().replace('\\', '/')).append('\n');
        }
        write(dir.resolve(SWITCH_NOTE), sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), true);
    }

    /** The files are in place: the note goes. */
    static void clearSwitch(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(SWITCH_NOTE));
        } catch (IOException e) {
            throw failure(dir.resolve(SWITCH_NOTE), e);
        }
    }

    /**
     * What finishing a stopped export did: every file it had noted (put in place before it stopped,
     * or now), as paths in the folder, and how many were put in place now.
     */
    record Finished(List<String> noted, int resumed) {
        static final Finished NOTHING = new Finished(List.of(), 0);
    }

    /**
     * Puts in place the files an export noted and was stopped before putting there (each staged file
     * still present is renamed onto its target). Nothing noted, nothing done.
     */
    static Finished finishSwitch(Path dir) {
        Path note = dir.resolve(SWITCH_NOTE);
        if (!Files.isRegularFile(note)) {
            return Finished.NOTHING;
        }
        Path root = dir.toAbsolutePath().normalize();
        List<String> noted = new java.util.ArrayList<>();
        int done = 0;
        try {
            for (String line : Files.readAllLines(note, java.nio.charset.StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                Path tmp = root.resolve(line.substring(0, tab)).normalize();
                Path target = root.resolve(line.substring(tab + 1)).normalize();
                // only names inside the folder, and only the temporary files an export makes
                if (!tmp.startsWith(root) || !target.startsWith(root) || !leftover(tmp.getFileName().toString())) {
                    continue;
                }
                noted.add(root.relativize(target).toString().replace('\\', '/'));
                if (Files.isRegularFile(tmp)) {
                    commit(new Staged(tmp, target));
                    done++;
                }
            }
        } catch (IOException e) {
            throw failure(note, e);
        }
        clearSwitch(dir);
        return new Finished(List.copyOf(noted), done);
    }

    private static final java.util.regex.Pattern LEFTOVER = java.util.regex.Pattern.compile("\\..+\\.[0-9a-f]{1,16}\\.tmp");

    /** True for the name of a temporary file an export stopped by force left behind. */
    static boolean leftover(String name) {
        return LEFTOVER.matcher(name).matches();
    }

    /** The folder an export writes into, made if need be; a file in its place or a read-only folder is refused. */
    static void folder(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CopydeskException(Problem.OUT_NOT_A_DIRECTORY, dir);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw failure(dir, e);
        }
        if (!Files.isWritable(dir)) {
            throw new CopydeskException(Problem.EXPORT_FAILED, dir, "read-only");
        }
    }

    static CopydeskException failure(Path target, IOException e) {
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("No space left") || (e instanceof FileSystemException fse
                && String.valueOf(fse.getReason()).contains("No space left"))) {
            return new CopydeskException(Problem.DISK_FULL, e, target);
        }
        return new CopydeskException(Problem.EXPORT_FAILED, e, target, msg);
    }
}
