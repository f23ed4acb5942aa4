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
        String key = Integer.toHexString(database.toAbsolutePath().normalize().toString().hashCode());
        return cacheDir().resolve("preview").resolve(key);
    }
}
