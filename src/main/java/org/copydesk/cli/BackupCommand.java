package org.copydesk.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.copydesk.service.Backup;
import org.copydesk.l10n.Messages;
import org.copydesk.l10n.Wording;
import org.copydesk.service.BackupService;
import org.copydesk.service.Desk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code backup} makes a backup of the desk file now (while a window may have it open) and prints
 * its file; {@code backup --list} prints the backups, newest first, numbered as {@code restore}
 * takes them: {@code number<TAB>time<TAB>size<TAB>file}.
 */
@Command(name = "backup", description = "Back up the desk file now, or list its backups (--list).")
final class BackupCommand extends DeskCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    @Option(names = "--list", description = "list the backups instead of making one")
    boolean list;

    @Override
    public Integer call() {
        Path db = deskFile();
        if (list) {
            print(this, BackupService.list(db));
            return 0;
        }
        try (Desk desk = open(Desk.Access.READ_WRITE_OR_READ_ONLY)) {
            Backup b = desk.backups().make();
            out().println(b.file());
            err().println(Messages.get().get("backup.made", Wording.size(b.bytes()), desk.backups().list().size()));
        }
        return 0;
    }

    static void print(DeskCommand c, List<Backup> all) {
        if (all.isEmpty()) {
            c.err().println(Messages.get().get("backup.none"));
        }
        for (int i = 0; i < all.size(); i++) {
            Backup b = all.get(i);
            String why = b.why().isEmpty() ? "" : " (" + b.why() + ")";
            c.out().println((i + 1) + "\t" + TIME.format(b.at()) + why + "\t" + Wording.size(b.bytes()) + "\t" + b.file());
        }
    }
}
