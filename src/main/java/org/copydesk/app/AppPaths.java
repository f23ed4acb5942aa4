package org.copydesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Copydesk keeps its files on each platform: the database and log, and the preview cache. */
public final class AppPaths {

    private AppPaths() {
    }

    public static Path dataDir() {
        return dataDir(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path dataDir(Map<String, String> env, String os, Path home) {
        String o = os.toLowerCase(Locale.ROOT);
        if (o.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData == null ? home.resolve("AppData/Roaming") : Path.of(appData)).resolve("Copydesk");
        }
        if (o.contains("mac")) {
            return home.resolve("Library/Application Support/Copydesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".local/share") : Path.of(xdg)).resolve("copydesk");
    }

    public static Path cacheDir() {
        Map<String, String> env = System.getenv();
        String o = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (o.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local == null ? home.resolve("AppData/Local") : Path.of(local)).resolve("Copydesk/Cache");
        }
        if (o.contains("mac")) {
            return home.resolve("Library/Caches/Copydesk");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".cache") : Path.of(xdg)).resolve("copydesk");
    }

    /** The default database: {@code $XDG_DATA_HOME/copydesk/copydesk.db} on Linux. */
    public static Path defaultDatabase() {
        return dataDir().resolve("copydesk.db");
    }

    /** The preview folder for one database, so two desks never share preview pages. */
    public static Path previewDir(Path database) {
        return previewDir(database.toAbsolutePath().normalize().toString());
    }

    /** The preview folder for a desk by where it is (a file's absolute path, a shared desk's address). */
    public static Path previewDir(String where) {
        return cacheDir().resolve("preview").resolve(key(where));
    }

    /**
     * Where drafts a shared desk's server did not take are kept on this computer until it takes them:
     * {@code $XDG_DATA_HOME/copydesk/unsent/<desk>} on Linux.
     */
    public static Path unsentDir(String address) {
        return dataDir().resolve("unsent").resolve(key(address));
    }

    private static String key(String where) {
        return Integer.toHexString(where.hashCode());
    }
}
