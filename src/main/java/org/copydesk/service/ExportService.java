package org.copydesk.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.copydesk.domain.Article;
import org.copydesk.render.ExportItem;
import org.copydesk.render.Exporter;
import org.copydesk.render.PageRenderer;
import org.copydesk.storage.ArticleRepository;

/** Gathers what a page needs from the desk (images, related news) and hands it to the exporter. */
public final class ExportService {

    private final ArticleRepository articles;
    private final Exporter exporter;
    private final RelatedNews related;
    private final PageRenderer renderer;

    public ExportService(ArticleRepository articles, PageRenderer renderer, RelatedNews related) {
        this.articles = articles;
        this.exporter = new Exporter(renderer);
        this.related = related;
        this.renderer = renderer;
    }

    public ExportItem item(Article a) {
        return new ExportItem(a, articles.images(a.id()), related.forArticle(a));
    }

    /** Exports the given stored articles and the indexes; returns the pages written, relative to {@code dir}. */
    public List<String> export(List<Long> ids, Path dir) {
        List<ExportItem> items = new ArrayList<>();
        for (long id : ids) {
            items.add(item(articles.get(id)));
        }
        return exporter.export(items, dir);
    }

    public List<String> exportAll(Path dir) {
        return exporter.export(articles.all().stream().map(this::item).toList(), dir);
    }

    /**
     * The article's page as the preview shows it, with the body decorated (findings marked, or the
     * changes between two revisions); returns the page's HTML, to be shown from where
     * {@link #exportForPreview} writes the page.
     */
    public String decoratedPage(Article a, UnaryOperator<String> decorateBody) {
        ExportItem item = item(a);
        return renderer.articlePage(a, item.related(), decorateBody);
    }

    /** Writes one article's page and what it uses, as the preview shows it; returns the page's path. */
    public String exportForPreview(Article a, Path dir) {
        return exporter.exportArticle(item(a), dir);
    }
}
