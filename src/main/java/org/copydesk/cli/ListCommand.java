package org.copydesk.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.copydesk.domain.ArticleQuery;
import org.copydesk.domain.ArticleSummary;
import org.copydesk.domain.Status;
import org.copydesk.l10n.Messages;
import org.copydesk.service.Desk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code list}: the drafts, newest change first, one tab-separated line each. */
@Command(name = "list", description = "List articles: id, status, channel, last change, title.")
final class ListCommand extends DeskCommand {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Option(names = "--status", paramLabel = "STATUS", description = "draft, in_review, approved, published, or conflict")
    String status;

    @Option(names = "--channel", paramLabel = "NAME")
    String channel;

    @Option(names = "--search", paramLabel = "TEXT", description = "words or characters in the title or body")
    String search;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "500")
    int limit;

    @Override
    public Integer call() {
        ArticleQuery q = ArticleQuery.all().withSearch(search).withChannel(channel);
        if ("conflict".equals(status)) {
            q = q.withConflicts(true);
        } else if (status != null) {
            try {
                q = q.withStatus(Status.fromCode(status));
            } catch (IllegalArgumentException e) {
                throw new CopydeskCommand.UsageError("--status: " + status + " (draft, in_review, approved, published, conflict)");
            }
        }
        if (limit <= 0) {
            throw new CopydeskCommand.UsageError("--limit: " + limit);
        }
        try (Desk desk = open(Desk.Access.READ_WRITE_OR_READ_ONLY)) {
            List<ArticleSummary> rows = desk.drafts().list(q.withLimit(limit));
            if (rows.isEmpty()) {
                err().println(Messages.get().get("cli.list.empty"));
            }
            for (ArticleSummary s : rows) {
                out().println(s.id() + "\t" + (s.conflict() ? "conflict" : s.status().code()) + "\t" + s.channel() + "\t"
                        + WHEN.format(s.updatedAt()) + "\t" + s.title());
            }
        }
        return 0;
    }
}
