package org.copydesk.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.copydesk.domain.Article;
import org.copydesk.domain.ImageAsset;

/**
 * Writes one article's page with its stylesheet and images into a folder: what the preview shows.
 * The whole site is published by {@link SiteBuilder}.
 */
public final class Exporter {

    private final PageRenderer renderer;

    public Exporter(PageRenderer renderer) {
        this.renderer = renderer;
    }

    public PageRenderer renderer() {
        return renderer;
    }

    /**
     * Writes a single article page with its stylesheet and images, and nothing else: what the preview
     * shows. Returns the page's path relative to {@code dir}.
     */
    public String exportArticle(ExportItem item, Path dir) {
        AtomicFiles.folder(dir);
        renderer.profile().assets().forEach((name, bytes) -> AtomicFiles.write(dir.resolve(SitePaths.ASSETS + name), bytes));
        Article a = item.article();
        for (ImageAsset img : item.images()) {
            AtomicFiles.write(dir.resolve(SitePaths.imageDir(a.id()) + img.name()), img.data());
        }
        String page = SitePaths.article(a.id());
        AtomicFiles.write(dir.resolve(page), renderer.articlePage(a, item.related()).getBytes(StandardCharsets.UTF_8));
        return page;
    }
}
