package org.copydesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.domain.Article;
import org.copydesk.domain.CopydeskException;
import org.copydesk.render.importing.ImportedArticle;
import org.copydesk.service.Desk;
import org.copydesk.service.ImportService;
import org.copydesk.service.ReportText;
import org.copydesk.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import FILE...}: pages (.html .htm .shtml .txt .docx) and archives (.jsonl). Each file is
 * read, cleaned and stored on its own, all or nothing; a file that fails gets one line on stderr
 * naming it, and the others go on. Stdout gets {@code id<TAB>title} per stored article.
 */
@Command(name = "import", description = "Import pages (.html .htm .shtml .txt .docx) and .jsonl archives.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    CopydeskCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--report", description = "print each page's full import report to stderr")
    boolean report;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int status = 0;
        try (Desk desk = parent.open(Database.Access.READ_WRITE, err)) {
            ImportService imports = desk.imports();
            for (Path file : files) {
                ImportService.FileResult result = imports.read(file);
                if (!result.ok()) {
                    err.println(CopydeskCommand.message(result.error()));
                    status = CopydeskCommand.USER_ERROR;
                    continue;
                }
                try {
                    List<Article> stored = imports.store(result);
                    for (Article a : stored) {
                        out.println(a.id() + "\t" + a.title());
                    }
                    describe(result, err);
                } catch (CopydeskException e) {
                    err.println(CopydeskCommand.message(e));
                    status = CopydeskCommand.USER_ERROR;
                }
                out.flush();
            }
        }
        return status;
    }

    private void describe(ImportService.FileResult result, PrintWriter err) {
        for (ImportedArticle a : result.articles()) {
            if (report) {
                ReportText.lines(a.report()).forEach(err::println);
            } else if (!a.report().steps().isEmpty() || !a.report().notes().isEmpty()) {
                if (!a.report().steps().isEmpty()) {
                    err.println(result.file() + ": " + ReportText.summary(a.report()));
                }
                a.report().notes().stream().filter(n -> n.startsWith("channel-unknown"))
                        .forEach(n -> err.println(result.file() + ": " + ReportText.lines(a.report()).stream()
                                .filter(l -> l.contains(n.substring(n.indexOf(':') + 1))).findFirst().orElse(n)));
            }
        }
    }
}
