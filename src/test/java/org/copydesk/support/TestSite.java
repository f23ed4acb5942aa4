package org.copydesk.support;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.domain.Article;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.Progress;
import org.copydesk.domain.SiteReport;
import org.copydesk.site.PageRenderer;
import org.copydesk.site.Permalinks;
import org.copydesk.site.SiteBuilder;
import org.copydesk.site.SiteEntry;

/**
 * A published site built straight from articles, without a desk: each article at its permalink,
 * its revision named by its words (so an edit is a new revision), related news as given.
 */
public final class TestSite {

    /** The time the sites are built at (the news sitemap counts back from it). */
    public static final Instant NOW = Instant.parse("2021-05-14T00:00:00Z");

    private TestSite() {
    }

    /** One article on the site, with its images and the numbers of its related articles. */
    public record Item(Article article, List<ImageAsset> images, List<Long> related) {

        public Item(Article article) {
            this(article, List.of(), List.of());
        }
    }

    public static SiteReport build(PageRenderer renderer, List<Item> items, Path dir) {
        return new SiteBuilder(renderer).build(entries(renderer, items), loader(items), dir, NOW, Progress.NONE, () -> false);
    }

    public static List<SiteEntry> entries(PageRenderer renderer, List<Item> items) {
        List<SiteEntry> out = new ArrayList<>();
        for (Item i : items) {
            Article a = i.article();
            Instant first = a.publishedAt() == null ? NOW : a.publishedAt().toInstant(ZoneOffset.ofHours(8));
            out.add(new SiteEntry(a.id(), a.uuid(), path(renderer, a), revision(a), a.title(), a.channel(), a.keywords(), a.publishedAt(),
                    a.summary(), a.source(), a.author(), first, first, i.images().stream().map(ImageAsset::name).toList(), i.related(),
                    a.leadImage()));
        }
        return out;
    }

    public static SiteBuilder.Articles loader(List<Item> items) {
        Map<Long, Item> byId = new HashMap<>();
        items.forEach(i -> byId.put(i.article().id(), i));
        return e -> new SiteBuilder.Published(byId.get(e.id()).article(), byId.get(e.id()).images());
    }

    public static String path(PageRenderer renderer, Article a) {
        return Permalinks.path(renderer.profile(), a, LocalDateTime.ofInstant(NOW, ZoneOffset.ofHours(8)));
    }

    /** A revision name that changes with the article's words. */
    private static String revision(Article a) {
        return Integer.toHexString((a.title() + "\u0001" + a.bodyHtml() + "\u0001" + a.keywords() + "\u0001" + a.channel() + "\u0001"
                + a.summary()).hashCode());
    }
}
