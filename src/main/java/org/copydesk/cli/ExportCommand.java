package org.copydesk.cli;

import org.copydesk.domain.SiteReport;
import org.copydesk.domain.LinkReport;
import java.nio.file.Path;
import java.util.List;
import org.copydesk.l10n.Messages;
import org.copydesk.service.Desk;
import org.copydesk.service.PublishService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export ID...|--all --out DIR}: publishes articles and builds the whole site, one printed line
 * per file written (into an earlier export, only the files whose bytes change). Only
 * articles that pass review are exported (approved, no open notes, no errors); chosen ones that do
 * not stop the export with the reasons, {@code --all} leaves them out and names them, and
 * {@code --anyway REASON} exports them regardless and records the reason.
 */
@Command(name = "export", description = "Publish articles and build the whole site (pages, lists, feeds, sitemaps) into a folder; "
        + "into an earlier export only what changed is written.")
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
        try (Desk desk = open(Desk.Access.READ_WRITE_OR_READ_ONLY)) {
            if (desk.readOnly()) {
                // nothing can be published from a desk that cannot be written: the site is built from
                // what is published already, and the command says so
                err().println(Messages.get().get("cli.export.readOnly"));
                return report(desk.publishing().publishSite(out, org.copydesk.domain.Progress.NONE, () -> false));
            }
            PublishService.ExportOutcome done = desk.publishing().export(wanted, out, anyway, all, who);
            done.pages().forEach(out()::println);
            done.refusals().forEach(r -> err().println(Messages.get().get("cli.export.held", r)));
            done.timed().forEach(err()::println);
            return report(done.site());
        }
    }

    /** What the site build did, on standard error; exit status 1 when the link check found a broken link. */
    int report(SiteReport site) {
        Messages m = Messages.get();
        if (site.resumed() > 0) {
            err().println(m.get("export.resumed", site.resumed()));
        }
        site.removed().forEach(r -> err().println(m.get("cli.export.removed", r)));
        LinkReport links = site.links();
        err().println(m.get("cli.export.summary", site.added().size(), site.changed().size(), site.removed().size(), site.unchanged(),
                links.pages(), links.links(), links.broken().size()));
        links.broken().forEach(b -> err().println(b.page() + "\t" + b.href() + "\t" + b.why()));
        return links.ok() ? 0 : 1;
    }
}
