package org.copydesk.cli;

import java.nio.file.Path;
import org.copydesk.domain.LinkReport;
import org.copydesk.l10n.Messages;
import org.copydesk.service.PublishService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code linkcheck DIR}: every internal link of an exported site, offline. Prints
 * {@code page<TAB>link<TAB>why} per broken link and exits 1 when there is one; {@code --external}
 * lists the external addresses too ({@code external<TAB>page<TAB>link}), never fetched.
 */
@Command(name = "linkcheck", description = "Check that every internal link of an exported site leads to a file and every #fragment to an id.")
final class LinkcheckCommand extends DeskCommand {

    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Option(names = "--external", description = "also list the external addresses (not fetched)")
    boolean external;

    @Override
    public Integer call() {
        // no desk is opened: the folder is all there is to check
        LinkReport r = PublishService.linkCheck(dir);
        var out = out();
        r.broken().forEach(b -> out.println(b.page() + "\t" + b.href() + "\t" + b.why()));
        if (external) {
            r.external().forEach(e -> out.println("external\t" + e));
        }
        err().println(Messages.get().get("cli.linkcheck.summary", r.pages(), r.links(), r.broken().size(),
                r.external().size()));
        return r.ok() ? 0 : 1;
    }
}
