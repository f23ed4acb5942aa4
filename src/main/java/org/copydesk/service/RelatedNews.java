package org.copydesk.service;

import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.copydesk.site.SiteEntry;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleSummary;
import org.copydesk.domain.ImageAsset;
import org.copydesk.site.ExportItem;
import org.copydesk.storage.Store;

/**
 * What a page needs besides its article: its images, and the articles its 相关新闻 links to (the
 * tagger's most related by content, same channel preferred, filled up with the most recent others
 * of the channel). The preview does not wait for the tagger to load; export does.
 */
final class RelatedNews {

    private final Store store;
    private final int limit;
    private final Tagger tagger;

    RelatedNews(Store store, int limit, Tagger tagger) {
        this.store = store;
        this.limit = limit;
        this.tagger = tagger;
    }

    /** The article with its images and related news, ready to be written out. */
    ExportItem item(Article a, boolean waitForTagger) {
        List<ImageAsset> images = store.read(tx -> tx.images().list(a.id()));
        return new ExportItem(a, images, forArticle(a, waitForTagger));
    }

    List<ArticleSummary> forArticle(Article a, boolean waitForTagger) {
        List<ArticleSummary> out = new ArrayList<>();
        if (waitForTagger || tagger.isLoaded()) {
            out.addAll(tagger.related(a, limit));
        }
        if (out.size() < limit && !a.channel().isEmpty()) {
            for (ArticleSummary s : store.read(tx -> tx.articles().recentInChannel(a.channel(), a.id(), limit))) {
                if (out.size() >= limit) {
                    break;
                }
                if (out.stream().noneMatch(o -> o.id() == s.id())) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /**
     * The related news of the site's articles that need it worked out ({@code stale}: a revision not
     * seen before, or one naming an article no longer on the site), among the site's own articles:
     * by content (the tagger, which this waits for), filled up with the newest of the same channel.
     */
    Map<Long, List<Long>> onSite(List<SiteEntry> entries, Set<Long> stale, Set<Long> onSite, LongFunction<Article> load) {
        Map<Long, List<Long>> out = new java.util.HashMap<>();
        if (stale.isEmpty()) {
            return out;
        }
        List<SiteEntry> newest = new ArrayList<>(entries);
        newest.sort(Comparator.comparing((SiteEntry e) -> e.date(ZoneOffset.ofHours(8))).thenComparingLong(SiteEntry::id).reversed());
        for (SiteEntry e : entries) {
            if (!stale.contains(e.id())) {
                continue;
            }
            List<Long> ids = new ArrayList<>(tagger.relatedIds(load.apply(e.id()), limit, onSite::contains));
            for (SiteEntry other : newest) {
                if (ids.size() >= limit) {
                    break;
                }
                if (other.id() != e.id() && other.channel().equals(e.channel()) && !ids.contains(other.id())) {
                    ids.add(other.id());
                }
            }
            out.put(e.id(), ids);
        }
        return out;
    }
}
