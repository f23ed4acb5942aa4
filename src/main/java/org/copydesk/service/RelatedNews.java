package org.copydesk.service;

import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleSummary;
import org.copydesk.storage.ArticleRepository;

/** Chooses the articles a page's 相关新闻 links to: the most recent others of the same channel. */
public final class RelatedNews {

    private final ArticleRepository articles;
    private final int limit;

    public RelatedNews(ArticleRepository articles, int limit) {
        this.articles = articles;
        this.limit = limit;
    }

    public List<ArticleSummary> forArticle(Article a) {
        if (a.channel().isEmpty()) {
            return List.of();
        }
        return articles.recentInChannel(a.channel(), a.id(), limit);
    }
}
