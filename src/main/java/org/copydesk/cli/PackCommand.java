package org.copydesk.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.l10n.Messages;
import org.copydesk.service.Desk;
import org.copydesk.service.ExchangeService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pack ID...|--all|--since TIME --out FILE}: articles with their revisions, images and review
 * record in one package for another desk. Prints {@code id<TAB>uuid<TAB>title} per article packed.
 */
@Command(name = "pack", description = "Pack articles with their history, images and review record for another desk.")
final class PackCommand extends DeskCommand {

    @Parameters(arity = "0..*", paramLabel = "ID")
    List<String> ids = List.of();

    @Option(names = "--all", description = "every article")
    boolean all;

    @Option(names = "--since", paramLabel = "TIME", description = "the articles changed since this time (2021-05-13 or 2021-05-13T08:43, local time)")
    String since;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Override
    public Integer call() {
        int ways = (ids.isEmpty() ? 0 : 1) + (all ? 1 : 0) + (since == null ? 0 : 1);
        if (ways != 1) {
            throw new CopydeskCommand.UsageError(Messages.get().get("cli.usage.packWhat"));
        }
        List<Long> wanted = ids.isEmpty() ? List.of() : Ids.parse(ids);
        Instant from = since == null ? null : parseTime(since);
        try (Desk desk = open(Desk.Access.READ_WRITE_OR_READ_ONLY)) {
            ExchangeService.Packed packed = desk.exchange().pack(wanted, from, out);
            for (Article a : packed.articles()) {
                out().println(a.id() + "\t" + a.uuid() + "\t" + a.title());
            }
            err().println(Messages.get().get("exchange.packed", packed.articles().size(), out));
        }
        return 0;
    }

    private static Instant parseTime(String s) {
        try {
            return (s.contains("T") ? LocalDateTime.parse(s) : LocalDate.parse(s).atStartOfDay())
                    .atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            throw new CopydeskCommand.UsageError("--since: " + s + " (2021-05-13 or 2021-05-13T08:43)");
        }
    }
}
