package org.copydesk.storage;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleQuery;
import org.copydesk.domain.ArticleSummary;

/** Articles and their ordered keywords: the working copy of each, live or in the bin. */
public interface ArticleTable {

    /** One live article as the tagger reads it. */
    record CorpusEntry(long id, String title, String summary, String channel, List<String> keywords, String bodyHtml) {
    }

    /**
     * What a write needs to know of the stored article without reading its words: identity, status,
     * version, keywords, and when and by whom it was last written.
     */
    record Head(long id, String uuid, org.copydesk.domain.Status status, long version, Instant createdAt, List<String> keywords,
                Instant updatedAt, String updatedBy) {
    }

    /** A live article's head (no body or fields read); on a shared desk the row stays locked until the transaction ends. */
    Optional<Head> head(long id) throws SQLException;

    /** Stores a new article with every field, its uuid and times as given, written by {@code by}; returns its number. */
    long insert(Article a, String by) throws SQLException;

    /** Overwrites every field, the status, version and change time of a live article, written by {@code by}; false when there is none. */
    boolean update(Article a, String by) throws SQLException;

    /** A live article. */
    Optional<Article> find(long id) throws SQLException;

    /** A live article by the uuid it has on every desk. */
    Optional<Article> findByUuid(String uuid) throws SQLException;

    /** The live articles that match the query (search included), most recently changed first. */
    List<ArticleSummary> list(ArticleQuery q) throws SQLException;

    /** Every live article's text, for the tagger's index and training. */
    List<CorpusEntry> corpus() throws SQLException;

    /** The numbers of the live articles, oldest first. */
    List<Long> ids() throws SQLException;

    int count() throws SQLException;

    /** The most recently published (or changed) other articles of a channel. */
    List<ArticleSummary> recentInChannel(String channel, long excludeId, int limit) throws SQLException;

    /** An article's number by its uuid, and whether it is in the bin. */
    record Located(long id, boolean deleted) {
    }

    /** Finds an article by uuid, live or in the bin. */
    Optional<Located> locate(String uuid) throws SQLException;

    /** The unresolved merge of an article ("base theirs", revision uuids), if one is waiting. */
    Optional<String> conflict(long id) throws SQLException;

    /** Marks (or with null clears) an article's unresolved merge. */
    void setConflict(long id, String conflict) throws SQLException;

    /** The live articles changed at or after a time, oldest first. */
    List<Long> changedSince(Instant since) throws SQLException;

    /** Moves a live article to the bin; false when there is none. */
    boolean markDeleted(long id, Instant at) throws SQLException;

    /** Brings an article back from the bin; false when there is no such article. */
    boolean undelete(long id) throws SQLException;
}
