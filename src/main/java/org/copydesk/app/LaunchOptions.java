package org.copydesk.app;

import java.nio.file.Path;
import java.util.prefs.Preferences;

/**
 * What a window is opened on.
 *
 * @param database      the database file
 * @param createParents whether the database's folder may be created (the default location only)
 * @param site          a site profile given on the command line, or null
 * @param previewDir    the folder preview pages are written to
 * @param prefs         where window settings are kept
 */
public record LaunchOptions(Path database, boolean createParents, Path site, Path previewDir, Preferences prefs) {

    public static LaunchOptions of(Path database, boolean createParents, Path site) {
        return new LaunchOptions(database, createParents, site, AppPaths.previewDir(database),
                Preferences.userRoot().node("org/copydesk"));
    }
}
