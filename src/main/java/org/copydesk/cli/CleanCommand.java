package org.copydesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.copydesk.domain.Article;
import org.copydesk.l10n.Messages;
import org.copydesk.render.SiteProfiles;
import org.copydesk.render.importing.ImportedArticle;
import org.copydesk.render.importing.PageImporter;
import org.copydesk.service.ReportText;
import org.copydesk.text.BodyText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code clean FILE}: the cleaned text of a page on stdout (title, metadata, paragraphs), its import
 * report on stderr. Touches no database.
 */
@Command(name = "clean", description = "Print the cleaned text of a page; the import report goes to stderr.")
final class CleanCommand implements Callable<Integer> {

    @ParentCommand
    CopydeskCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--quiet", description = "do not print the report")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PageImporter importer = new PageImporter(parent.site() == null ? SiteProfiles.reference() : SiteProfiles.load(parent.site()));
        Messages m = Messages.get();
        boolean first = true;
        for (ImportedArticle ia : importer.read(file)) {
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
            for (String p : BodyText.paragraphs(a.bodyHtml())) {
                out.println();
                out.println(p);
            }
            if (!quiet) {
                ReportText.lines(ia.report()).forEach(err::println);
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
