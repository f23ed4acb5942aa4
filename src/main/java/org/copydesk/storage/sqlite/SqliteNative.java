package org.copydesk.storage.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Keeps SQLite's native library in a folder of Copydesk's own, so it is written once rather than
 * on every start. The driver otherwise copies the library out of its jar into the temporary folder
 * each time it loads (a tenth of a second of start-up, and a stray copy left behind by a killed
 * process). If the folder cannot be used, the driver's own copying is left to do its work.
 */
public final class SqliteNative {

    private static final Logger LOG = Logger.getLogger(SqliteNative.class.getName());
    private static final String LIB_PATH = "org.sqlite.lib.path";
    private static final String LIB_NAME = "org.sqlite.lib.name";

    private SqliteNative() {
    }

    /**
     * Points the driver at the library in {@code cacheDir} (see {@link #extract}). The driver is left
     * to copy it itself when the library is not in the jar for this platform or the folder cannot be
     * written, and nothing changes if it was already told where its library is.
     */
    public static synchronized void prepare(Path cacheDir) {
        if (System.getProperty(LIB_PATH) != null) {
            return;
        }
        try {
            Path lib = extract(cacheDir);
            if (lib != null) {
                System.setProperty(LIB_PATH, lib.getParent().toString());
                System.setProperty(LIB_NAME, lib.getFileName().toString());
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "SQLite's native library stays with the driver: " + e.getMessage());
        }
    }

    /**
     * The driver's library for this platform in a folder of {@code cacheDir} named by the driver's
     * version, copied there (whole, then renamed into place) when it is missing or differs from the
     * jar's in size or checksum. {@code null} when the jar has no library for this platform.
     */
    static Path extract(Path cacheDir) throws IOException {
        String name = System.mapLibraryName("sqlitejdbc");
        String folder = OSInfo.getNativeLibFolderPathForCurrentOS().replace('\\', '/');
        URL url = SQLiteJDBCLoader.class.getResource("native/" + folder + "/" + name);
        if (url == null) {
            return null;
        }
        Path dir = cacheDir.resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + folder.replace('/', '-'));
        Path lib = dir.resolve(name);
        URLConnection entry = url.openConnection();
        long crc = entry instanceof JarURLConnection jar ? jar.getJarEntry().getCrc() : -1;
        if (isCopy(lib, entry.getContentLengthLong(), crc)) {
            return lib;
        }
        Files.createDirectories(dir);
        Path part = Files.createTempFile(dir, name, ".part");
        try (InputStream in = entry.getInputStream()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, lib, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        return lib;
    }

    /** Whether {@code lib} is a whole copy: the size, and the jar entry's CRC-32 when it has one. */
    private static boolean isCopy(Path lib, long size, long crc) throws IOException {
        if (!Files.isRegularFile(lib) || Files.size(lib) != size) {
            return false;
        }
        if (crc < 0) {
            return true;
        }
        CRC32 sum = new CRC32();
        try (InputStream in = Files.newInputStream(lib)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sum.update(buffer, 0, n);
            }
        }
        return sum.getValue() == crc;
    }
}
