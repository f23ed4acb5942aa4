package org.copydesk.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleQuery;
import org.copydesk.domain.ArticleSummary;
import org.copydesk.domain.BodyStats;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.KeywordUse;
import org.copydesk.domain.NewArticle;
import org.copydesk.domain.Problem;
import org.copydesk.domain.SiteProfile;
import org.copydesk.domain.Status;
import org.copydesk.ingest.SampleArticle;
import org.copydesk.markup.Images;
import org.copydesk.markup.PasteCleaner;
import org.copydesk.markup.Sanitizer;
import org.copydesk.site.ArticleJson;
import org.copydesk.storage.Store;
import org.copydesk.text.BodyText;
import org.copydesk.text.clean.Cleaner;

/**
 * Drafts: creating, opening, listing and searching, autosave and explicit saves, duplicating,
 * deleting and bringing back, the images of a draft and what is pasted into it. Every write goes
 * through {@link ArticleWrites}. Methods may block on the database; none runs on the FX thread.
 */
public final class DraftService {

    static final String SAMPLE_KEY = "sample.created";

    private final Store store;
    private final ArticleWrites writes;
    private final SiteProfile profile;
    private final Cleaner cleaner;

    DraftService(Store store, ArticleWrites writes, SiteProfile profile) {
        this.store = store;
        this.writes = writes;
        this.profile = profile;
        this.cleaner = new Cleaner(profile.script());
    }

    // ---- creating and opening ------------------------------------------------------------------

    /** Stores a new article and returns it with its number, uuid and times. */
    public Article create(Article draft) {
        return store.write(tx -> writes.create(tx, draft));
    }

    /** Stores new articles with their images in one transaction: all of them, or none. */
    public List<Article> createAll(List<NewArticle> drafts) {
        return store.write(tx -> {
            List<Article> out = new ArrayList<>(drafts.size());
            for (NewArticle n : drafts) {
                Article stored = writes.create(tx, n.article());
                for (ImageAsset img : n.images()) {
                    tx.images().put(stored.id(), img);
                }
                out.add(stored);
            }
            return out;
        });
    }

    /**
     * Stores the sample article if this desk has never had one and holds no articles; returns it if
     * stored (with a revision, so the review panel has one to show).
     */
    public Optional<Article> createSampleIfNew() {
        if (store.readOnly()) {
            return Optional.empty();
        }
        return store.write(tx -> {
            if (tx.meta().get(SAMPLE_KEY).isPresent() || tx.articles().count() > 0) {
                return Optional.empty();
            }
            NewArticle sample = SampleArticle.read(profile);
            Article stored = writes.create(tx, sample.article());
            for (ImageAsset img : sample.images()) {
                tx.images().put(stored.id(), img);
            }
            tx.meta().put(SAMPLE_KEY, Long.toString(stored.id()));
            return Optional.of(writes.saveRevision(tx, stored, "sample"));
        });
    }

    public Optional<Article> find(long id) {
        return store.read(tx -> tx.articles().find(id));
    }

    /** A live article, or {@link Problem#ARTICLE_NOT_FOUND}. */
    public Article get(long id) {
        return find(id).orElseThrow(() -> new CopydeskException(Problem.ARTICLE_NOT_FOUND, id));
    }

    /** The live articles that match the query, most recently changed first. */
    public List<ArticleSummary> list(ArticleQuery q) {
        if (!q.search().isEmpty()) {
            catchUpIndex();
        }
        return store.read(tx -> tx.articles().list(q));
    }

    /** Brings the search index up to date with autosaved working copies; cheap when nothing is stale. */
    private void catchUpIndex() {
        if (store.readOnly() || !store.read(tx -> tx.search().anyStale())) {
            return;
        }
        store.write(tx -> {
            for (long id : tx.search().stale()) {
                Optional<Article> a = tx.articles().find(id);
                if (a.isPresent()) {
                    tx.search().index(a.get());
                } else {
                    tx.search().clearStale(id);
                }
            }
            return null;
        });
    }

    /** Every live article, oldest first. */
    public List<Article> all() {
        return store.read(tx -> {
            List<Article> out = new ArrayList<>();
            for (long id : tx.articles().ids()) {
                tx.articles().find(id).ifPresent(out::add);
            }
            return out;
        });
    }

    public List<Long> ids() {
        return store.read(tx -> tx.articles().ids());
    }

    public int count() {
        return store.read(tx -> tx.articles().count());
    }

    // ---- saving ----------------------------------------------------------------------------------

    /** Autosave: stores every field of the working copy, no revision; returns the article as stored. */
    public Article saveWorkingCopy(Article a) {
        return store.write(tx -> writes.saveWorkingCopy(tx, a));
    }

    /** An explicit save (Ctrl+S): stores the article and keeps a revision of it. */
    public Article saveRevision(Article a) {
        return store.write(tx -> writes.saveRevision(tx, a, "save"));
    }

    /** A new draft with the same fields and images, titled with the given suffix, back in draft status. */
    public Article duplicate(long id, String titleSuffix) {
        return store.write(tx -> {
            Article original = ArticleWrites.live(tx, id);
            Article copy = writes.create(tx, original.toBuilder().id(0).uuid("").title(original.title() + titleSuffix)
                    .status(Status.DRAFT).version(0).createdAt(null).updatedAt(null).build());
            tx.images().copy(id, copy.id());
            return copy;
        });
    }

    /** Moves an article to the bin: it leaves every list but can be brought back with {@link #undelete}. */
    public void delete(long id) {
        store.write(tx -> {
            if (!tx.articles().markDeleted(id, writes.now())) {
                throw new CopydeskException(Problem.ARTICLE_NOT_FOUND, id);
            }
            return null;
        });
    }

    /** Brings an article back from the bin; returns it. */
    public Article undelete(long id) {
        return store.write(tx -> {
            if (!tx.articles().undelete(id)) {
                throw new CopydeskException(Problem.ARTICLE_NOT_FOUND, id);
            }
            return ArticleWrites.live(tx, id);
        });
    }

    // ---- images, pastes, keywords, counts --------------------------------------------------------

    public List<ImageAsset> images(long articleId) {
        return store.read(tx -> tx.images().list(articleId));
    }

    public void putImage(long articleId, ImageAsset image) {
        store.write(tx -> {
            tx.images().put(articleId, image);
            return null;
        });
    }

    /** Reads an image file and stores it with the article; a file that is not an image is refused. */
    public ImageAsset addImage(long articleId, Path file) {
        ImageAsset img = Images.read(file);
        putImage(articleId, img);
        return img;
    }

    /** What a paste became: the clean markup to insert, its images (stored), and how many changes cleaning made. */
    public record Pasted(String html, List<ImageAsset> images, int changes) {
    }

    /**
     * A paste into the body: HTML (from a browser or Word), else plain text, else a picture, through
     * the sanitizer and the cleaning; its pictures are stored with the article. Empty when there was
     * nothing to paste.
     */
    public Optional<Pasted> paste(long articleId, String html, String text, Supplier<byte[]> picture) {
        PasteCleaner.Paste p;
        if (html != null && !html.isBlank()) {
            p = PasteCleaner.fromHtml(html, cleaner);
        } else if (text != null && !text.isBlank()) {
            p = PasteCleaner.fromText(text, cleaner);
        } else {
            byte[] png = picture.get();
            if (png == null) {
                return Optional.empty();
            }
            p = PasteCleaner.fromImage(png);
        }
        store.write(tx -> {
            for (ImageAsset img : p.images()) {
                tx.images().put(articleId, img);
            }
            return null;
        });
        int changes = p.report().counts().values().stream().mapToInt(Integer::intValue).sum();
        return Optional.of(new Pasted(p.html(), p.images(), changes));
    }

    /** The desk's keywords for completion, most used first. */
    public List<KeywordUse> keywordUses() {
        return store.read(tx -> tx.tagger().keywordUses());
    }

    /** The stable JSON form of an article, as {@code show --json} prints it. */
    public com.fasterxml.jackson.databind.node.ObjectNode toJson(Article a) {
        return ArticleJson.toJson(a);
    }

    /** A link address the body may carry (safe scheme or relative), or null for one it may not. */
    public static String safeLink(String href) {
        return Sanitizer.safeLink(href);
    }

    /** Characters and paragraphs of a body, as the status bar counts them. */
    public static BodyStats stats(String bodyHtml) {
        BodyText.Stats s = BodyText.stats(bodyHtml);
        return new BodyStats(s.characters(), s.paragraphs());
    }

    /** The body's paragraphs as plain text, as findings and notes count them. */
    public static List<String> paragraphs(String bodyHtml) {
        return BodyText.paragraphs(bodyHtml);
    }
}
