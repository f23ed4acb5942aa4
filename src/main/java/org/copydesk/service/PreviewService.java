package org.copydesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.domain.Article;
import org.copydesk.domain.Finding;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.Note;
import org.copydesk.site.AtomicFiles;
import org.copydesk.site.ExportItem;
import org.copydesk.site.Exporter;
import org.copydesk.site.PageRenderer;
import org.copydesk.site.ReviewMarks;
import org.copydesk.site.SitePaths;
import org.copydesk.storage.Store;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The preview: the draft's page written into the preview folder exactly as export writes it (so the
 * preview is the page), and, for the screen only, the review copy (findings marked, notes beside
 * their paragraphs) or the changes between two revisions. Also keeps a draft's images where the body
 * editor's page finds them. Methods write files; none runs on the FX thread.
 */
public final class PreviewService {

    /**
     * A rendered page: where it was written, its title and body for an in-place refresh, the
     * findings its marks point at (by index), and whether the body differs from the file (review copy
     * or comparison).
     */
    public record Page(long articleId, String url, String title, String bodyInnerHtml, List<Finding> findings,
                       boolean decorated) {
    }

    private final Path dir;
    private final Exporter exporter;
    private final PageRenderer renderer;
    private final RelatedNews related;
    private final ProofService proof;
    private final Store store;

    PreviewService(Path dir, PageRenderer renderer, RelatedNews related, ProofService proof, Store store) {
        this.dir = dir;
        this.renderer = renderer;
        this.exporter = new Exporter(renderer);
        this.related = related;
        this.proof = proof;
        this.store = store;
    }

    /** The folder the preview's pages are written to. */
    public Path dir() {
        return dir;
    }

    /**
     * Writes the draft's page and returns what the screen shows: the page itself, the review copy
     * ({@code review}), or the changes of {@code compare} when it is a comparison of this article.
     */
    public Page render(Article a, boolean review, ReviewService.Comparison compare) {
        ExportItem item = related.item(a, false);
        String relative = exporter.exportArticle(item, dir);
        Path file = dir.resolve(relative);
        String css = "../" + SitePaths.ASSETS + ReviewMarks.STYLESHEET;
        boolean comparing = compare != null && compare.articleId() == a.id();
        if (!comparing && !review) {
            Document doc = Jsoup.parse(readPage(file), file.toUri().toString());
            doc.outputSettings().prettyPrint(false);
            return new Page(a.id(), file.toUri().toString(), doc.title(), doc.body().html(), List.of(), false);
        }
        writeStylesheet();
        Document doc;
        List<Finding> findings = List.of();
        if (comparing) {
            String html = renderer.articlePage(compare.to().snapshot(), item.related(), body -> ReviewMarks.comparisonBody(compare.body(),
                    compare.from().snapshot().bodyHtml(), compare.to().snapshot().bodyHtml()));
            doc = Jsoup.parse(html, file.toUri().toString());
            ReviewMarks.comparisonBar(doc, compare.heading(), compare.fields(), css);
        } else {
            findings = proof.check(a).findings();
            List<Note> notes = a.id() == 0 ? List.of() : store.read(tx -> tx.review().notes(a.id()));
            List<Finding> marked = findings;
            String html = renderer.articlePage(a, item.related(), body -> ReviewMarks.body(body, marked, notes));
            doc = Jsoup.parse(html, file.toUri().toString());
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", a.title());
            fields.put("subtitle", a.subtitle());
            fields.put("summary", a.summary());
            ReviewMarks.page(doc, findings, notes, fields, css);
        }
        doc.outputSettings().prettyPrint(false);
        return new Page(a.id(), file.toUri().toString(), doc.title(), doc.body().html(), findings, true);
    }

    /** Makes sure an article's images are where the body editor's page looks for them. */
    public void cacheImages(long articleId) {
        for (ImageAsset img : store.read(tx -> tx.images().list(articleId))) {
            cacheImage(articleId, img);
        }
    }

    /** Writes one image where the body editor's page finds it, unless it is there already. */
    public void cacheImage(long articleId, ImageAsset img) {
        Path target = dir.resolve(SitePaths.imageDir(articleId)).resolve(img.name());
        if (!Files.exists(target)) {
            AtomicFiles.write(target, img.data());
        }
    }

    private void writeStylesheet() {
        try (InputStream in = PreviewService.class.getResourceAsStream("/review/" + ReviewMarks.STYLESHEET)) {
            AtomicFiles.write(dir.resolve(SitePaths.ASSETS + ReviewMarks.STYLESHEET), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readPage(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
