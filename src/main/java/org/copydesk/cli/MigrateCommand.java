package org.copydesk.cli;

import org.copydesk.l10n.Messages;
import org.copydesk.service.Desk;
import org.copydesk.service.DeskCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migrate --to URL} copies the desk {@code --db} names (a file, by default) onto a shared desk;
 * {@code migrate --from URL} copies a shared desk into the {@code --db} desk. The target must hold no
 * articles; the source is only read. Prints {@code table<TAB>source rows<TAB>target rows} per table.
 */
@Command(name = "migrate", description = "Copy a whole desk onto a shared desk (--to) or from one (--from), and check the counts.")
final class MigrateCommand extends DeskCommand {

    @Option(names = "--to", paramLabel = "URL", description = "copy this desk to the shared desk postgresql://HOST[:PORT]/DB?user=NAME")
    String to;

    @Option(names = "--from", paramLabel = "URL", description = "copy the shared desk postgresql://HOST[:PORT]/DB?user=NAME into this desk")
    String from;

    @Override
    public Integer call() {
        Messages m = Messages.get();
        if ((to == null) == (from == null)) {
            throw new CopydeskCommand.UsageError(m.get("cli.usage.migrateWhere"));
        }
        String other = to != null ? to : from;
        if (!Desk.isShared(other)) {
            throw new CopydeskCommand.UsageError(m.get("cli.usage.migrateUrl", other));
        }
        String here = parent.database();
        if (Desk.isShared(here) ? Desk.shown(here).equals(Desk.shown(other)) : false) {
            throw new CopydeskCommand.UsageError(m.get("cli.usage.migrateSame"));
        }
        try (Desk local = open(to != null ? Desk.Access.READ_WRITE_OR_READ_ONLY : Desk.Access.READ_WRITE);
             Desk shared = Desk.open(other, false, local.profile(), Desk.Access.READ_WRITE, password(other))) {
            Desk source = to != null ? local : shared;
            Desk target = to != null ? shared : local;
            if (target.readOnly()) {
                throw new CopydeskCommand.UsageError(m.get("cli.readOnly"));
            }
            // a long copy says how far it is, on the error stream (standard output stays the counts)
            DeskCopy.Report report = DeskCopy.copy(source, target, (table, rows) -> {
                err().print("\r" + m.get("migrate.progress", table, rows));
                err().flush();
            });
            err().println();
            for (DeskCopy.Count c : report.counts()) {
                out().println(c.table() + "\t" + c.source() + "\t" + c.target());
            }
            long articles = report.counts().get(0).target();
            err().println(m.get("migrate.done", articles, report.from(), report.to()));
        }
        return 0;
    }
}
