package org.copydesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.l10n.Messages;
import org.copydesk.service.Desk;
import org.copydesk.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export ID...|--all --out DIR}: the static site, one printed line per page written. */
@Command(name = "export", description = "Export article pages, assets and channel indexes into a folder.")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    CopydeskCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "ID")
    List<String> ids = List.of();

    @Option(names = "--all", description = "export every article")
    boolean all;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Override
    public Integer call() {
        if (all == !ids.isEmpty()) {
            throw new CopydeskCommand.UsageError(Messages.get().get("cli.usage.noIds"));
        }
        List<Long> wanted = all ? List.of() : Ids.parse(ids);
        PrintWriter stdout = spec.commandLine().getOut();
        try (Desk desk = parent.open(Database.Access.READ_WRITE_OR_READ_ONLY, spec.commandLine().getErr())) {
            List<String> pages = all ? desk.exports().exportAll(out) : desk.exports().export(wanted, out);
            pages.forEach(stdout::println);
        }
        return 0;
    }
}
