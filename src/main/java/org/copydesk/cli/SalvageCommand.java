package org.copydesk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Collectors;
import org.copydesk.l10n.Messages;
import org.copydesk.service.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code salvage} reads what it can of a damaged desk file into a new file beside it, row by row
 * past the damaged pages, and says how many articles it saved and where the file could not be
 * read. The damaged file is not changed.
 */
@Command(name = "salvage", description = "Save what can still be read of a damaged desk file into a new file.")
final class SalvageCommand extends DeskCommand {

    @Option(names = "--out", paramLabel = "FILE", description = "the new desk file (default: beside the damaged one)")
    Path out;

    @Override
    public Integer call() {
        Path db = deskFile();
        BackupService.Salvaged r = BackupService.salvage(db, out, Clock.systemDefaultZone());
        Messages m = Messages.get();
        out().println(m.get("salvage.done", db, r.articles(), r.file()));
        if (r.unreadableTotal() > 0) {
            out().println(m.get("salvage.unreadable", r.unreadable().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(m.get("report.separator")))));
        }
        out().println(m.get("salvage.next", r.file()));
        return 0;
    }
}
