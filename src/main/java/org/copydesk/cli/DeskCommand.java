package org.copydesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.copydesk.l10n.Messages;
import org.copydesk.service.Desk;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every command shares: the root options (database, site profile), its output and error
 * streams, opening the desk (saying so when it is read-only) and printing JSON. A command is the
 * parsing of its arguments and one call into a service.
 */
abstract class DeskCommand implements Callable<Integer> {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    CopydeskCommand parent;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The desk file this run names; a shared desk has none (its server keeps its backups). */
    java.nio.file.Path deskFile() {
        if (Desk.isShared(parent.database())) {
            throw new org.copydesk.domain.CopydeskException(org.copydesk.domain.Problem.BACKUP_UNAVAILABLE);
        }
        return java.nio.file.Path.of(parent.database());
    }

    /** Opens the desk this run names; a desk another copy holds is opened read-only where allowed, and said so. */
    Desk open(Desk.Access access) {
        String where = parent.database();
        Desk desk = Desk.open(where, !parent.databaseGiven(), Desk.profile(parent.site()), access, password(where));
        if (desk.readOnly()) {
            java.nio.file.Path folder = Desk.isShared(where) ? null : java.nio.file.Path.of(where).toAbsolutePath().getParent();
            boolean media = folder != null && !java.nio.file.Files.isWritable(folder);
            err().println(Messages.get().get(media ? "cli.readOnlyMedia" : "cli.readOnly"));
        }
        return desk;
    }

    /**
     * A shared desk's password when neither PGPASSWORD nor ~/.pgpass has it: typed at the terminal
     * (not echoed), or null without one (the server then says what it needs).
     */
    static String password(String where) {
        if (!Desk.isShared(where) || Desk.passwordKnown(where) || System.console() == null) {
            return null;
        }
        char[] typed = System.console().readPassword("%s", Messages.get().get("shared.passwordPrompt", Desk.shown(where)));
        return typed == null ? null : new String(typed);
    }

    /** Prints a value as indented JSON on standard output. */
    void printJson(Object value) throws Exception {
        out().println(JSON.writeValueAsString(value));
    }
}
