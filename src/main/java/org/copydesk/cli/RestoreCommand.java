package org.copydesk.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.copydesk.service.Backup;
import org.copydesk.l10n.Messages;
import org.copydesk.service.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code restore} lists the desk file's backups; {@code restore BACKUP} (a number from that list,
 * 1 the newest, or a backup file) puts it in place of the desk file, which no window may have open.
 * The current file is kept aside, never overwritten, and the message says where.
 */
@Command(name = "restore", description = "List the desk file's backups, or put one (a number or a file) in its place.")
final class RestoreCommand extends DeskCommand {

    @Parameters(paramLabel = "BACKUP", arity = "0..1", description = "a number from the list (1 is the newest) or a backup file")
    String which;

    @Override
    public Integer call() {
        Path db = deskFile();
        if (which == null) {
            BackupCommand.print(this, BackupService.list(db));
            return 0;
        }
        Backup b = BackupService.find(db, which);
        Path aside = BackupService.restore(db, b.file(), Clock.systemDefaultZone());
        out().println(Messages.get().get("backup.restored", b.file(), db, aside));
        return 0;
    }
}
