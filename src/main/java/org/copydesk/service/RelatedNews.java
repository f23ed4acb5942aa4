package org.copydesk.service;

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
}
