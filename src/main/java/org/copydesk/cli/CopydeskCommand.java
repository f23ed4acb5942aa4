package org.copydesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.copydesk.domain.CopydeskException;
import org.copydesk.l10n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code copydesk [--db FILE|URL] [--site PROFILE] <command>}: the window when no command is given,
 * otherwise one of the batch commands over the same desk.
 */
@Command(name = "copydesk", mixinStandardHelpOptions = true, version = "Copydesk 0.1",
        description = "编辑台 Copydesk: draft, preview, check and export articles for a Chinese news site.",
        subcommands = {ImportCommand.class, ListCommand.class, ShowCommand.class, ExportCommand.class, CleanCommand.class, SuggestCommand.class,
            CheckCommand.class, PackCommand.class, UnpackCommand.class, MigrateCommand.class, LinkcheckCommand.class,
            BackupCommand.class, RestoreCommand.class, SalvageCommand.class, ReplaceCommand.class})
public final class CopydeskCommand implements Callable<Integer> {

    /** Exit status for a user error: bad input, a missing file, a database that cannot be used. */
    public static final int USER_ERROR = 1;
    /** Exit status for a usage error: unknown options, missing arguments. */
    public static final int USAGE_ERROR = 2;

    private static final Logger LOG = Logger.getLogger(CopydeskCommand.class.getName());

    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "the database file, or a shared desk: postgresql://HOST[:PORT]/DB?user=NAME (default: a file in your data folder)")
    String db;

    @Option(names = "--site", paramLabel = "PROFILE", description = "a site profile (profile.json or its folder)")
    Path site;

    private final Path defaultDb;
    private final Consumer<CopydeskCommand> window;

    public CopydeskCommand(Path defaultDb, Consumer<CopydeskCommand> window) {
        this.defaultDb = defaultDb;
        this.window = window;
    }

    /** The desk this run uses: {@code --db} (a file or a shared desk's address), or the default file in the user's data folder. */
    public String database() {
        return db != null ? db : defaultDb.toString();
    }

    public boolean databaseGiven() {
        return db != null;
    }

    public Path site() {
        return site;
    }

    @Override
    public Integer call() {
        window.accept(this);
        return 0;
    }


    /** A command line whose errors print one line and give the contract's exit codes. */
    public static CommandLine commandLine(CopydeskCommand root) {
        CommandLine cl = new CommandLine(root);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            PrintWriter err = line.getErr();
            if (ex instanceof CopydeskException ce) {
                err.println(message(ce));
                LOG.log(Level.FINE, "command failed", ex);
                return USER_ERROR;
            }
            if (ex instanceof UsageError ue) {
                err.println(ue.getMessage());
                return USAGE_ERROR;
            }
            LOG.log(Level.SEVERE, "command failed", ex);
            err.println("copydesk: " + ex);
            return USER_ERROR;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println(ex.getMessage());
            ex.getCommandLine().usage(err);
            return USAGE_ERROR;
        });
        return cl;
    }

    public static String message(CopydeskException e) {
        return Messages.get().get("problem." + e.problem().name(), e.args());
    }

    /** A usage mistake found after parsing (exit status 2). */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }
}
