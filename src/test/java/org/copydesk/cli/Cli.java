package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/** Runs the command line in the test's process, as a script would, and keeps what it printed. */
final class Cli {

    /** A finished run: its exit status and what it printed on each stream. */
    record Run(int status, String out, String err) {
        List<String> lines() {
            return out.isBlank() ? List.of() : List.of(out.strip().split("\n"));
        }
    }

    private Cli() {
    }

    /** Runs {@code args} on the desk {@code db} (given as {@code --db}); the default desk beside it is never used. */
    static Run on(String db, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        return run(Path.of(db).toAbsolutePath().resolveSibling("default-unused.db"), all);
    }

    /** Runs {@code args}; a command never opens the window (only no command, or only --db, does). */
    static Run run(Path defaultDb, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        boolean[] windowOpened = {false};
        var cl = CopydeskCommand.commandLine(new CopydeskCommand(defaultDb, c -> windowOpened[0] = true));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        boolean onlyGlobal = args.length == 0 || (args.length == 2 && args[0].equals("--db"));
        assertThat(windowOpened[0]).as("no command opens the window, a command never does").isEqualTo(onlyGlobal);
        return new Run(status, out.toString(), err.toString());
    }
}
