package org.copydesk.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.copydesk.domain.Article;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.ImportedArticle;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.Receipt;
import org.copydesk.storage.ArticleTable;
import org.copydesk.storage.Store;
import java.util.Optional;
import org.copydesk.domain.Problem;
import org.copydesk.domain.SiteProfile;
import org.copydesk.ingest.PageImporter;

/**
 * Importing files into the desk in two stages, so that a person can read the reports in between:
 * {@link #read} turns each file into drafts (or one message saying why not), {@link #store} keeps a
 * file's drafts with their images in one transaction. Nothing of a failed file is ever stored. Also
 * reads a page without storing it, for the commands that look at a file (clean, suggest).
 */
public final class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());

    /** One file's outcome: its drafts, or the reason it yielded none. */
    public record FileResult(Path file, List<ImportedArticle> articles, CopydeskException error) {

        public boolean ok() {
            return error == null;
        }
    }

    private final Store store;
    private final ArticleWrites writes;
    private final ExchangeService exchange;
    private final PageImporter importer;
    private final Tagger tagger;

    ImportService(Store store, ArticleWrites writes, ExchangeService exchange, SiteProfile profile, Tagger tagger) {
        this.store = store;
        this.tagger = tagger;
        this.writes = writes;
        this.exchange = exchange;
        this.importer = new PageImporter(profile);
    }

    /** Reading and cleaning pages on a profile with no desk open ({@link #store} is not available). */
    public static ImportService withoutDesk(SiteProfile profile) {
        return new ImportService(null, null, null, profile, null);
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
            LOG.log(Level.WARNING, "import " + file, e);
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

    /**
     * Stores one file's drafts and their images, all in one transaction; returns what happened to
     * each. An archive line naming an article this desk has (its {@code uuid}) updates that article,
     * merged three ways from the {@code revision} the line was based on, instead of adding another.
     * The tagger then counts the terms of what was stored.
     */
    public List<Receipt> store(FileResult result) {
        List<Receipt> receipts = storeOnly(result);
        tagger.stored(Receipt.changed(receipts));
        return receipts;
    }

    /**
     * Many files stored one after another (an import of a folder): the tagger counts each file's
     * articles on a thread of its own while the next file is stored, and {@link Batch#close} waits
     * until it has counted them all (and, after a thousand or more, until the channel model has
     * learned from them).
     */
    public Batch batch() {
        return new Batch();
    }

    /** Files stored one after another, their words counted beside; closing waits for the counting. */
    public final class Batch implements AutoCloseable {

        private final java.util.concurrent.ExecutorService counting = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "import counting");
            t.setDaemon(true);
            return t;
        });

        private int articles;

        private Batch() {
        }

        /** As {@link ImportService#store}, with the counting handed to the batch's own thread. */
        public List<Receipt> store(FileResult result) {
            List<Receipt> receipts = storeOnly(result);
            List<Long> ids = Receipt.changed(receipts);
            if (!ids.isEmpty()) {
                articles += ids.size();
                counting.execute(() -> tagger.stored(ids));
            }
            return receipts;
        }

        /**
         * Waits until every stored file's articles are counted, then lets a large intake teach the
         * channel model (the counts and the model are a cache: an interruption only leaves them to
         * the tagger's load).
         */
        @Override
        public void close() {
            counting.shutdown();
            try {
                counting.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            tagger.intakeEnded(articles);
        }
    }

    private List<Receipt> storeOnly(FileResult result) {
        if (!result.ok()) {
            return List.of();
        }
        if (store == null) {
            throw new IllegalStateException("no desk to store into");
        }
        return store.write(tx -> {
            List<Receipt> out = new ArrayList<>();
            for (ImportedArticle ia : result.articles()) {
                Article a = ia.article();
                Optional<ArticleTable.Located> here = a.uuid().isEmpty() ? Optional.empty() : tx.articles().locate(a.uuid());
                if (here.isPresent()) {
                    out.add(exchange.receiveLine(tx, here.get(), a));
                    continue;
                }
                Article stored = writes.create(tx, a.toBuilder().revision("").conflict(false).build());
                for (ImageAsset img : ia.images()) {
                    tx.images().put(stored.id(), img);
                }
                out.add(new Receipt(stored.id(), stored.uuid(), Receipt.Outcome.NEW, stored.title(), ""));
            }
            return out;
        });
    }

    /** True when the file's articles may meet articles of this desk (archive lines that carry a uuid). */
    public static boolean mayUpdate(FileResult result) {
        return result.articles().stream().anyMatch(a -> !a.article().uuid().isEmpty());
    }

    /** Reads and cleans a page without storing it: what {@code clean} prints. Failures are thrown. */
    public List<ImportedArticle> readOnly(Path file) {
        return importer.read(file);
    }
}
