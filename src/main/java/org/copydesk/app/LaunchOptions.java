package org.copydesk.app;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.copydesk.service.Desk;

/**
 * What a window is opened on.
 *
 * @param database      the database file (null for a shared desk)
 * @param shared        a shared desk's address ({@code postgresql://…}), or null for a file
 * @param password      the shared desk's password as typed, or null to find it (PGPASSWORD,
 *                      ~/.pgpass); kept in memory only
 * @param createParents whether the database's folder may be created (the default location only)
 * @param site          a site profile given on the command line, or null
 * @param previewDir    the folder preview pages are written to
 * @param prefs         where window settings are kept
 */
public record LaunchOptions(Path database, String shared, String password, boolean createParents, Path site, Path previewDir,
                            Preferences prefs) {

    /** A window on a database file. */
    public LaunchOptions(Path database, boolean createParents, Path site, Path previewDir, Preferences prefs) {
        this(database, null, null, createParents, site, previewDir, prefs);
    }

    public static LaunchOptions of(Path database, boolean createParents, Path site) {
        return new LaunchOptions(database, createParents, site, AppPaths.previewDir(database), userPrefs());
    }

    /** A window on a desk named by where it is: a shared desk's address, or a database file. */
    public static LaunchOptions of(String where, boolean createParents, Path site) {
        if (!Desk.isShared(where)) {
            return of(Path.of(where), createParents, site);
        }
        return new LaunchOptions(null, where, null, false, site, AppPaths.previewDir(Desk.shown(where)), userPrefs());
    }

    /** This window moved to a shared desk (its settings and site profile kept). */
    public LaunchOptions onShared(String address, String typedPassword) {
        if (!Desk.isShared(address)) {
            throw new CopydeskException(Problem.DB_ADDRESS_INVALID, address);
        }
        Desk.shown(address); // an address that does not parse is refused here, with its message
        return new LaunchOptions(null, address, typedPassword, false, site, AppPaths.previewDir(Desk.shown(address)), prefs);
    }

    /** The same window with the password the person typed. */
    public LaunchOptions withPassword(String typed) {
        return new LaunchOptions(database, shared, typed, createParents, site, previewDir, prefs);
    }

    /** Where the desk is, as shown. */
    public String where() {
        return shared != null ? Desk.shown(shared) : database.toString();
    }

    private static Preferences userPrefs() {
        return Preferences.userRoot().node("org/copydesk");
    }

    @Override
    public String toString() {
        return "LaunchOptions[" + where() + "]";
    }
}
