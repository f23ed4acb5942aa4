package org.copydesk.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleQuery;
import org.copydesk.domain.ArticleSummary;
import org.copydesk.domain.BodyStats;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.KeywordUse;
import org.copydesk.domain.MergeView;
import org.copydesk.domain.NewArticle;
import org.copydesk.domain.Problem;
import org.copydesk.domain.SiteProfile;
import org.copydesk.domain.Status;
import org.copydesk.ingest.SampleArticle;
import org.copydesk.markup.Images;
import org.copydesk.markup.PasteCleaner;
import org.copydesk.markup.Sanitizer;
import org.copydesk.site.ArticleJson;
import org.copydesk.exchange.ThreeWayMerge;
import org.copydesk.storage.ArticleTable;
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
    private final UnsentDrafts unsent;
    private final Tagger tagger;

    /** The channel of that name in the desk's profile, with the length (字数) it asks of its articles; empty for none. */
    public java.util.Optional<org.copydesk.domain.Channel> channel(String name) {
        return profile.channel(name);
    }

    DraftService(Store store, ArticleWrites writes, SiteProfile profile, UnsentDrafts unsent, Tagger tagger) {
        this.store = store;
        this.tagger = tagger;
        this.writes = writes;
        this.profile = profile;
        this.cleaner = new Cleaner(profile.script());
        this.unsent = unsent;
    }

    // ---- creating and opening ------------------------------------------------------------------

    /** Stores a new article and returns it with its number, uuid and times. */
    public Article create(Article draft) {
        return store.write(tx -> writes.create(tx, draft));
    }

    /**
     * Stores new articles with their images in one transaction: all of them, or none. The tagger
     * counts their terms afterwards, so it never has to count them on loading.
     */
    public List<Article> createAll(List<NewArticle> drafts) {
        List<Article> created = store.write(tx -> {
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
        tagger.stored(created.stream().map(Article::id).toList());
        return created;
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

    /**
     * Autosave: stores every field of the working copy, no revision; returns the article as stored.
     * Refused ({@code EDIT_CONFLICT}) when another person wrote the article since this copy was read.
     */
    public Article saveWorkingCopy(Article a) {
        return kept(a, () -> store.write(tx -> writes.saveWorkingCopy(tx, a)));
    }

    /** An explicit save (Ctrl+S): stores the article and keeps a revision of it. */
    public Article saveRevision(Article a) {
        return kept(a, () -> store.write(tx -> writes.saveRevision(tx, a, "save")));
    }

    /** A save whose draft is kept on this computer while the server is away, and forgotten once it is taken. */
    private Article kept(Article a, Supplier<Article> save) {
        try {
            Article stored = save.get();
            if (unsent != null) {
                unsent.forget(stored.uuid());
            }
            return stored;
        } catch (CopydeskException e) {
            if (unsent != null && e.problem() == Problem.SERVER_UNREACHABLE) {
                unsent.keep(a);
            }
            throw e;
        }
    }

    // ---- edits that met another person's (a shared desk) ---------------------------------------------

    /**
     * An edit that met another person's on a shared desk: the merge when the two changed different
     * fields and paragraphs (to be saved with {@link #saveMerged}), otherwise the places a person must
     * settle ({@link #resolveEdit}). {@code theirs} is the article as the other person left it.
     */
    public record EditMerge(Article merged, MergeView view, Article theirs) {

        public boolean clean() {
            return merged != null;
        }
    }

    /**
     * Merges what the editor has ({@code mine}, grown from {@code base}, the version it last read)
     * with the article as stored now.
     */
    public EditMerge mergeEdit(Article base, Article mine) {
        Article theirs = get(mine.id());
        String who = store.read(tx -> tx.articles().head(mine.id()).map(ArticleTable.Head::updatedBy).orElse(""));
        ThreeWayMerge.Merge merge = mergeOnto(base, mine, theirs);
        if (merge.clean()) {
            return new EditMerge(merge.result(), null, theirs);
        }
        return new EditMerge(null, new MergeView(mine.id(), mine.title(), who, theirs.updatedAt(), Conflicts.parts(merge)), theirs);
    }

    /**
     * What was typed since {@code base} ({@code edited}), carried onto {@code onto} (a merge saved
     * meanwhile); empty when it touched what the merge changed. Nothing is stored.
     */
    public Optional<Article> replay(Article base, Article edited, Article onto) {
        ThreeWayMerge.Merge merge = mergeOnto(base, edited, onto);
        return merge.clean() ? Optional.of(merge.result().toBuilder().id(onto.id()).uuid(onto.uuid()).version(onto.version())
                .createdAt(onto.createdAt()).updatedAt(onto.updatedAt()).build()) : Optional.empty();
    }

    /** Saves a clean merge over the version it was merged with (refused again if that changed meanwhile). */
    public Article saveMerged(Article merged, Article theirs) {
        return saveWorkingCopy(merged.toBuilder().updatedAt(theirs.updatedAt()).build());
    }

    /** Settles an edit that met another person's from what the person wrote for each place, and saves it. */
    public Article resolveEdit(Article base, Article mine, Map<String, String> results) {
        Article theirs = get(mine.id());
        return saveMerged(Conflicts.resolve(mergeOnto(base, mine, theirs), results), theirs);
    }

    /** An editor's words merged with the stored article's; the status is always the stored one (an edit never moves it). */
    private static ThreeWayMerge.Merge mergeOnto(Article base, Article mine, Article stored) {
        return ThreeWayMerge.merge(base, mine.toBuilder().status(stored.status()).build(), stored);
    }

    // ---- what the server did not take --------------------------------------------------------------

    /**
     * Drafts whose last save the shared desk's server did not take (it was away), kept on this
     * computer; they are saved again when it is back, and the window offers them at its next start.
     */
    public List<Article> unsent() {
        return unsent == null ? List.of() : unsent.all();
    }

    /** What became of a draft kept on this computer when it was sent again. */
    public record Resent(long id, String title, boolean asCopy) {
    }

    /**
     * Sends the drafts kept on this computer to the server again. A draft nobody else changed
     * meanwhile is saved over its article; one that met another person's later edit (or whose article
     * is gone) is stored as a new draft beside it (titled with {@code copySuffix}), so neither person's words are lost. Drafts the server
     * still does not take stay kept.
     */
    public List<Resent> resendUnsent(String copySuffix) {
        List<Resent> out = new ArrayList<>();
        for (Article a : unsent()) {
            Resent r = store.write(tx -> {
                Optional<Article> now = tx.articles().find(a.id()).filter(s -> s.uuid().equals(a.uuid()));
                if (now.isPresent() && a.updatedAt() != null && a.updatedAt().equals(now.get().updatedAt())) {
                    return new Resent(a.id(), a.title(), false);
                }
                Article copy = beside(tx, a, copySuffix, now.isPresent());
                return new Resent(copy.id(), copy.title(), true);
            });
            if (!r.asCopy()) {
                saveWorkingCopy(a);
            }
            unsent.forget(a.uuid());
            out.add(r);
        }
        return out;
    }

    /**
     * Stores an edit that was not settled with another person's as a new draft beside its article
     * (titled with {@code suffix}, images copied), so that leaving it unsettled loses nothing.
     */
    public Article keepBeside(Article edited, String suffix) {
        return store.write(tx -> beside(tx, edited, suffix, tx.articles().find(edited.id()).isPresent()));
    }

    private Article beside(org.copydesk.storage.Tx tx, Article a, String suffix, boolean copyImages) throws java.sql.SQLException {
        Article copy = writes.create(tx, a.toBuilder().id(0).uuid("").title(a.title() + suffix).status(Status.DRAFT)
                .version(0).createdAt(null).updatedAt(null).build());
        if (copyImages) {
            tx.images().copy(a.id(), copy.id());
        }
        return copy;
    }

    /** Forgets a draft kept on this computer (it reached the server, or the person discarded it). */
    public void forgetUnsent(String uuid) {
        if (unsent != null) {
            unsent.forget(uuid);
        }
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

    /**
     * Downloads an image the body refers to on another site (http, https or //) and stores it with
     * the article, for the body to refer to by its own name. At most {@link Images#MAX_BYTES}; a
     * machine offline, a refusal or a page that is not an image gets one message naming the address.
     */
    public ImageAsset fetchImage(long articleId, String src) {
        String url = src.startsWith("//") ? "https:" + src : src;
        java.net.URI uri;
        try {
            uri = java.net.URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new CopydeskException(Problem.IMAGE_FETCH_FAILED, e, src, e.getMessage());
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new CopydeskException(Problem.IMAGE_FETCH_FAILED, src, uri.getScheme());
        }
        byte[] data;
        try {
            java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                    .connectTimeout(java.time.Duration.ofSeconds(10))
                    .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
            java.net.http.HttpResponse<java.io.InputStream> r = client.send(java.net.http.HttpRequest.newBuilder(uri)
                    .timeout(java.time.Duration.ofSeconds(30)).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofInputStream());
            try (java.io.InputStream in = r.body()) {
                if (r.statusCode() / 100 != 2) {
                    throw new CopydeskException(Problem.IMAGE_FETCH_FAILED, src, "HTTP " + r.statusCode());
                }
                data = in.readNBytes((int) Images.MAX_BYTES + 1);
            }
        } catch (java.io.IOException e) {
            throw new CopydeskException(Problem.IMAGE_FETCH_FAILED, e, src, String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CopydeskException(Problem.IMAGE_FETCH_FAILED, e, src, "interrupted");
        }
        if (data.length > Images.MAX_BYTES) {
            throw new CopydeskException(Problem.IMAGE_TOO_LARGE, src, Images.MAX_BYTES / (1024 * 1024));
        }
        ImageAsset img = Images.fromBytes(src, data);
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
