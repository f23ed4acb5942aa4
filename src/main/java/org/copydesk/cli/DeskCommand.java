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

    /** Opens the desk this run names; a desk another copy holds is opened read-only where allowed, and said so. */
    Desk open(Desk.Access access) {
        Desk desk = Desk.open(parent.database(), !parent.databaseGiven(), parent.site(), access);
        if (desk.readOnly()) {
            err().println(Messages.get().get("cli.readOnly"));
        }
        return desk;
    }

    /** Prints a value as indented JSON on standard output. */
    void printJson(Object value) throws Exception {
        out().println(JSON.writeValueAsString(value));
    }
}
