package org.copydesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import javafx.application.Application;
import org.copydesk.cli.CopydeskCommand;
import org.copydesk.storage.sqlite.SqliteNative;

/**
 * The program's entry point: the window when no command is given, otherwise a command. It does not
 * extend {@link Application}, so it runs from a plain class path without the JavaFX module flags.
 */
public final class Launcher {

    static volatile int exitStatus;

    private Launcher() {
    }

    public static void main(String[] args) {
        StartupProbe.trace("main");
        if (args.length == 0) {
            // the common case skips the command-line parser: start-up time is what an editor feels
            openWindow(LaunchOptions.of(AppPaths.defaultDatabase(), true, null));
            System.exit(exitStatus);
        }
        // commands talk on stdout and stderr; the log's chatter stays out of them
        LogManager.getLogManager().getLogger("").setLevel(Level.WARNING);
        SqliteNative.prepare(nativeDir());
        CopydeskCommand root = new CopydeskCommand(AppPaths.defaultDatabase(),
                cmd -> openWindow(LaunchOptions.of(cmd.database(), !cmd.databaseGiven(), cmd.site())));
        int status = CopydeskCommand.commandLine(root).execute(args);
        System.exit(status != 0 ? status : exitStatus);
    }

    private static void openWindow(LaunchOptions options) {
        CopydeskApp.launchOptions = options;
        // the toolkit starts at once; what does not need it is done beside it, on the loading thread
        CopydeskApp.launchStartup = Startup.begin(options, () -> {
            // the toolkit's own words (OK, Cancel, dates) follow the interface's language; nothing
            // reads them before the window is built, which waits for this thread
            java.util.Locale.setDefault(org.copydesk.l10n.Messages.get().locale());
            logToFile();
            SqliteNative.prepare(nativeDir());
        });
        try {
            Application.launch(CopydeskApp.class);
        } catch (RuntimeException e) {
            // no display (DISPLAY unset over ssh), or no graphics libraries: say so in one line
            Logger.getLogger(Launcher.class.getName()).log(Level.SEVERE, "cannot open the window", e);
            System.err.println(org.copydesk.l10n.Messages.get().get("app.noWindow", e.getMessage()));
            exitStatus = 1;
        }
    }

    /** Where native libraries are kept between runs, rather than copied out of their jars on every start. */
    private static Path nativeDir() {
        return AppPaths.cacheDir().resolve("native");
    }

    /** The window logs to a file beside the default database; the console stays for messages. */
    private static void logToFile() {
        try {
            Path dir = AppPaths.dataDir();
            Files.createDirectories(dir);
            FileHandler file = new FileHandler(dir.resolve("copydesk.log").toString(), 1 << 20, 3, true);
            file.setFormatter(new SimpleFormatter());
            Logger root = LogManager.getLogManager().getLogger("");
            root.addHandler(file);
            root.setLevel(Level.INFO);
            for (var h : root.getHandlers()) {
                if (h instanceof java.util.logging.ConsoleHandler) {
                    h.setLevel(Level.WARNING);
                }
            }
        } catch (IOException e) {
            System.err.println("copydesk: no log file: " + e.getMessage());
        }
    }
}
