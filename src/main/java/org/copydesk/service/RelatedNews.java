package org.copydesk.service;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleSummary;
import org.copydesk.storage.ArticleRepository;

/**
 * Chooses the articles a page's 相关新闻 links to: the tagger's most related articles by content
 * (same channel preferred); if it finds fewer than the profile asks for, the most recent others of
 * the same channel fill the list. The preview does not wait for the tagger to load; export does.
 */
public final class RelatedNews {

    private final ArticleRepository articles;
    private final int limit;
    private final Tagger tagger;
    private final boolean waitForTagger;

    public RelatedNews(ArticleRepository articles, int limit, Tagger tagger, boolean waitForTagger) {
        this.articles = articles;
        this.limit = limit;
        this.tagger = tagger;
        this.waitForTagger = waitForTagger;
    }

    public List<ArticleSummary> forArticle(Article a) {
        List<ArticleSummary> out = new ArrayList<>();
        if (tagger != null && (waitForTagger || tagger.isLoaded())) {
            out.addAll(tagger.related(a, limit));
        }
        if (out.size() < limit && !a.channel().isEmpty()) {
            for (ArticleSummary s : articles.recentInChannel(a.channel(), a.id(), limit)) {
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
