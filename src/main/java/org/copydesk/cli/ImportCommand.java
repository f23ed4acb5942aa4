package org.copydesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.copydesk.domain.Article;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.copydesk.render.JsonlImporter;
import org.copydesk.service.Desk;
import org.copydesk.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import FILE...}: stores the articles of each file, a file at a time, all or nothing per file. */
@Command(name = "import", description = "Import articles from .jsonl archives (one article a line).")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    CopydeskCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int status = 0;
        try (Desk desk = parent.open(Database.Access.READ_WRITE, err)) {
            for (Path file : files) {
                try {
                    List<Article> stored = desk.articles().createAll(read(file));
                    for (Article a : stored) {
                        out.println(a.id() + "\t" + a.title());
                    }
                } catch (CopydeskException e) {
                    err.println(CopydeskCommand.message(e));
                    status = CopydeskCommand.USER_ERROR;
                }
                out.flush();
            }
        }
        return status;
    }

    private static List<Article> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl")) {
            return JsonlImporter.read(file);
        }
        throw new CopydeskException(Problem.FILE_UNSUPPORTED, file);
    }
}
