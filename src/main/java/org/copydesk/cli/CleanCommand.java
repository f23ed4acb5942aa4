package org.copydesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import org.copydesk.domain.Article;
import org.copydesk.domain.ImportedArticle;
import org.copydesk.l10n.Messages;
import org.copydesk.l10n.Wording;
import org.copydesk.service.DraftService;
import org.copydesk.service.Desk;
import org.copydesk.service.ImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code clean FILE}: the cleaned text of a page on stdout (title, metadata, paragraphs), its import
 * report on stderr. Touches no database.
 */
@Command(name = "clean", description = "Print the cleaned text of a page; the import report goes to stderr.")
final class CleanCommand extends DeskCommand {

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--quiet", description = "do not print the report")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = out();
        Messages m = Messages.get();
        boolean first = true;
        for (ImportedArticle ia : ImportService.withoutDesk(Desk.profile(parent.site())).readOnly(file)) {
            Article a = ia.article();
            if (!first) {
                out.println();
                out.println("----");
                out.println();
            }
            first = false;
            out.println(a.title());
            if (!a.subtitle().isEmpty()) {
                out.println(a.subtitle());
            }
            out.println();
            field(out, m.get("field.channel"), a.channel());
            field(out, m.get("field.publishedAt"), a.publishedAt() == null ? ""
                    : a.publishedAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
            field(out, m.get("field.source"), a.source());
            field(out, m.get("field.author"), a.author());
            field(out, m.get("field.editor"), a.editor());
            field(out, m.get("field.keywords"), String.join(" ", a.keywords()));
            for (String p : DraftService.paragraphs(a.bodyHtml())) {
                out.println();
                out.println(p);
            }
            if (!quiet) {
                Wording.reportLines(ia.report()).forEach(err()::println);
            }
        }
        return 0;
    }

    private static void field(PrintWriter out, String label, String value) {
        if (!value.isEmpty()) {
            out.println(label + "：" + value);
        }
    }
}
