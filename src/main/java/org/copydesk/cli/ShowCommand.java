package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.service.Desk;
import org.copydesk.service.DraftService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code show ID}: one article, for reading or (with {@code --json}) for scripts. */
@Command(name = "show", description = "Show one article (--json prints every field).")
final class ShowCommand extends DeskCommand {

    @Parameters(paramLabel = "ID")
    String id;

    @Option(names = "--json", description = "print the article as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        long articleId = Ids.parse(List.of(id)).get(0);
        PrintWriter out = out();
        try (Desk desk = open(Desk.Access.READ_WRITE_OR_READ_ONLY)) {
            Article a = desk.drafts().get(articleId);
            if (json) {
                printJson(desk.drafts().toJson(a));
                return 0;
            }
            out.println(a.title());
            if (!a.subtitle().isEmpty()) {
                out.println(a.subtitle());
            }
            out.println();
            line(out, "id", String.valueOf(a.id()));
            line(out, "status", a.status().code());
            line(out, "channel", a.channel());
            line(out, "publishedAt", a.publishedAt() == null ? "" : a.publishedAt().toString());
            line(out, "source", a.source());
            line(out, "author", a.author());
            line(out, "editor", a.editor());
            line(out, "keywords", String.join(" ", a.keywords()));
            line(out, "version", String.valueOf(a.version()));
            out.println();
            for (String p : DraftService.paragraphs(a.bodyHtml())) {
                out.println(p);
                out.println();
            }
        }
        return 0;
    }

    private static void line(PrintWriter out, String label, String value) {
        out.printf("%-12s %s%n", label + ":", value);
    }
}
