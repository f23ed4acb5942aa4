package org.copydesk.cli;

import java.nio.file.Path;
import java.util.List;
import org.copydesk.l10n.Messages;
import org.copydesk.service.Desk;
import org.copydesk.service.PublishService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export ID...|--all --out DIR}: the static site, one printed line per page written. Only
 * articles that pass review are exported (approved, no open notes, no errors); chosen ones that do
 * not stop the export with the reasons, {@code --all} leaves them out and names them, and
 * {@code --anyway REASON} exports them regardless and records the reason.
 */
@Command(name = "export", description = "Export article pages, assets and channel indexes into a folder.")
final class ExportCommand extends DeskCommand {

    @Parameters(arity = "0..*", paramLabel = "ID")
    List<String> ids = List.of();

    @Option(names = "--all", description = "export every article that passed review")
    boolean all;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Option(names = "--anyway", paramLabel = "REASON",
            description = "export articles that have not passed review too, recording the reason")
    String anyway;

    @Option(names = "--who", paramLabel = "NAME", description = "the name recorded with the export (default: the login name)")
    String who = System.getProperty("user.name", "");

    @Override
    public Integer call() {
        if (all == !ids.isEmpty()) {
            throw new CopydeskCommand.UsageError(Messages.get().get("cli.usage.noIds"));
        }
        if (anyway != null && anyway.isBlank()) {
            throw new CopydeskCommand.UsageError(Messages.get().get("problem.REASON_REQUIRED"));
        }
        List<Long> wanted = all ? List.of() : Ids.parse(ids);
        try (Desk desk = open(Desk.Access.READ_WRITE)) {
            PublishService.ExportOutcome done = desk.publishing().export(wanted, out, anyway, all, who);
            done.pages().forEach(out()::println);
            done.refusals().forEach(r -> err().println(Messages.get().get("cli.export.held", r)));
        }
        return 0;
    }
}
