package org.copydesk.domain;

import java.util.Optional;

/**
 * A filter over the stored articles: free-text search, status, channel, and (with {@code conflicts})
 * only the articles waiting on a merge; newest change first.
 */
public record ArticleQuery(String search, Optional<Status> status, Optional<String> channel, boolean conflicts, int limit) {

    public static final int DEFAULT_LIMIT = 500;

    public ArticleQuery {
        search = search == null ? "" : search.strip();
        status = status == null ? Optional.empty() : status;
        channel = channel == null ? Optional.empty() : channel.filter(c -> !c.isBlank());
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    public static ArticleQuery all() {
        return new ArticleQuery("", Optional.empty(), Optional.empty(), false, DEFAULT_LIMIT);
    }

    public ArticleQuery withSearch(String s) {
        return new ArticleQuery(s, status, channel, conflicts, limit);
    }

    public ArticleQuery withStatus(Status s) {
        return new ArticleQuery(search, Optional.ofNullable(s), channel, conflicts, limit);
    }

    public ArticleQuery withChannel(String c) {
        return new ArticleQuery(search, status, Optional.ofNullable(c), conflicts, limit);
    }

    /** Only the articles with a conflict waiting. */
    public ArticleQuery withConflicts(boolean only) {
        return new ArticleQuery(search, status, channel, only, limit);
    }

    public ArticleQuery withLimit(int l) {
        return new ArticleQuery(search, status, channel, conflicts, l);
    }
}
