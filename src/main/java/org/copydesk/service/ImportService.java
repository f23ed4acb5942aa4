package org.copydesk.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.copydesk.domain.Article;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.copydesk.domain.SiteProfile;
import org.copydesk.render.importing.ImportedArticle;
import org.copydesk.render.importing.PageImporter;
import org.copydesk.storage.ArticleRepository;

/**
 * Imports files into the desk in two stages, so that a person can read the reports in between:
 * {@link #read} turns each file into drafts (or one message saying why not), {@link #store} keeps a
 * file's drafts with their images in one transaction. Nothing of a failed file is ever stored.
 */
public final class ImportService {

    /** One file's outcome: its drafts, or the reason it yielded none. */
    public record FileResult(Path file, List<ImportedArticle> articles, CopydeskException error) {

        public boolean ok() {
            return error == null;
        }
    }

    private final ArticleRepository articles;
    private final PageImporter importer;

    public ImportService(ArticleRepository articles, SiteProfile profile) {
        this.articles = articles;
        this.importer = new PageImporter(profile);
    }

    /** Reads one file; a user error (bad encoding, binary data, a bad line) comes back as the result's error. */
    public FileResult read(Path file) {
        try {
            return new FileResult(file, importer.read(file), null);
        } catch (CopydeskException e) {
            return new FileResult(file, List.of(), e);
        } catch (OutOfMemoryError e) {
            return new FileResult(file, List.of(), new CopydeskException(Problem.FILE_TOO_LARGE, file, "?",
                    PageImporter.MAX_PAGE_BYTES / (1024 * 1024)));
        } catch (RuntimeException e) {
            // a reader's bug must not take the other files down with it: report it against this file
            java.util.logging.Logger.getLogger(ImportService.class.getName()).log(java.util.logging.Level.WARNING, "import " + file, e);
            return new FileResult(file, List.of(), new CopydeskException(Problem.FILE_NOT_READABLE, e, file, String.valueOf(e)));
        }
    }

    /** Reads several files, telling {@code progress} after each (files done, files in all). */
    public List<FileResult> readAll(List<Path> files, BiConsumer<Integer, Integer> progress) {
        List<FileResult> out = new ArrayList<>();
        for (Path f : files) {
            out.add(read(f));
            progress.accept(out.size(), files.size());
        }
        return out;
    }

    /** Stores one file's drafts and their images together; returns them as stored. */
    public List<Article> store(FileResult result) {
        if (!result.ok()) {
            return List.of();
        }
        List<ArticleRepository.NewArticle> drafts = result.articles().stream()
                .map(a -> new ArticleRepository.NewArticle(a.article(), a.images())).toList();
        return articles.createAllWithImages(drafts);
    }
}
