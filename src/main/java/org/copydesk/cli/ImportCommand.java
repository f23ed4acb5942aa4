package org.copydesk.cli;

import java.nio.file.Path;
import java.util.List;
import org.copydesk.domain.Receipt;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.ImportedArticle;
import org.copydesk.l10n.Wording;
import org.copydesk.service.Desk;
import org.copydesk.service.ImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import FILE...}: pages (.html .htm .shtml .txt .docx) and archives (.jsonl). Each file is
 * read, cleaned and stored on its own, all or nothing; a file that fails gets one line on stderr
 * naming it, and the others go on. Stdout gets {@code id<TAB>title} per stored article; for an archive
 * whose lines name articles of the desk, {@code id<TAB>outcome<TAB>title} (new, updated, merged,
 * unchanged, conflict), as {@code unpack} prints.
 */
@Command(name = "import", description = "Import pages (.html .htm .shtml .txt .docx) and .jsonl archives.")
final class ImportCommand extends DeskCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--report", description = "print each page's full import report to stderr")
    boolean report;

    @Override
    public Integer call() {
        int status = 0;
        try (Desk desk = open(Desk.Access.READ_WRITE); ImportService.Batch batch = desk.imports().batch()) {
            ImportService imports = desk.imports();
            for (Path file : files) {
                ImportService.FileResult result = imports.read(file);
                if (!result.ok()) {
                    err().println(CopydeskCommand.message(result.error()));
                    status = CopydeskCommand.USER_ERROR;
                    continue;
                }
                try {
                    boolean outcomes = ImportService.mayUpdate(result);
                    for (Receipt r : batch.store(result)) {
                        out().println(outcomes ? r.id() + "\t" + r.outcome().code() + "\t" + r.title() : r.id() + "\t" + r.title());
                        if (!r.remark().isEmpty()) {
                            err().println(r.id() + ": " + r.remark());
                        }
                    }
                    describe(result);
                } catch (CopydeskException e) {
                    err().println(CopydeskCommand.message(e));
                    status = CopydeskCommand.USER_ERROR;
                }
                out().flush();
            }
        }
        return status;
    }

    private void describe(ImportService.FileResult result) {
        for (ImportedArticle a : result.articles()) {
            if (report) {
                Wording.reportLines(a.report()).forEach(err()::println);
            } else if (!a.report().steps().isEmpty() || !a.report().notes().isEmpty()) {
                if (!a.report().steps().isEmpty()) {
                    err().println(result.file() + ": " + Wording.reportSummary(a.report()));
                }
                a.report().notes().stream().filter(n -> n.startsWith("channel-unknown"))
                        .forEach(n -> err().println(result.file() + ": " + Wording.reportLines(a.report()).stream()
                                .filter(l -> l.contains(n.substring(n.indexOf(':') + 1))).findFirst().orElse(n)));
            }
        }
    }
}
