package org.copydesk.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.copydesk.domain.Article;
import org.copydesk.domain.ChannelSuggestion;
import org.copydesk.domain.KeywordSuggestion;
import org.copydesk.domain.Suggestions;
import org.copydesk.storage.Store;

/**
 * Tagging many articles at once: the tagger's suggestions for every article (or those without a
 * channel or keywords), and, when asked, the channel (only when the tagger is sure) and keywords set
 * on articles that have none, one revision per article, and taken back as a whole.
 */
public final class BatchTagging {

    /** How many keywords an article that has none is given. */
    public static final int KEYWORDS = 5;

    /** One article's suggestions, with what it has now. */
    public record Item(long id, String title, String channel, List<String> keywords, Suggestions suggestions) {
    }

    /** What tagging sets on one article: {@code before} and {@code after} of each field. */
    public record Change(long id, String title, String channelBefore, String channelAfter, List<String> keywordsBefore,
                         List<String> keywordsAfter) {

        public boolean setsChannel() {
            return !channelAfter.equals(channelBefore);
        }

        public boolean setsKeywords() {
            return !keywordsAfter.equals(keywordsBefore);
        }
    }

    private final Store store;
    private final ArticleWrites writes;
    private final Tagger tagger;

    BatchTagging(Store store, ArticleWrites writes, Tagger tagger) {
        this.store = store;
        this.writes = writes;
        this.tagger = tagger;
    }

    /** The live articles without a channel or without keywords, by number. */
    public List<Long> untagged() {
        return store.read(tx -> {
            List<Long> out = new ArrayList<>();
            for (long id : tx.articles().ids()) {
                Article a = ArticleWrites.live(tx, id);
                if (a.channel().isBlank() || a.keywords().isEmpty()) {
                    out.add(id);
                }
            }
            return out;
        });
    }

    /** Every live article, by number. */
    public List<Long> all() {
        return store.read(tx -> tx.articles().ids());
    }

    /**
     * The suggestions for each of {@code ids}, handed to {@code each} as they are made (an archive
     * is never held in memory); stops between articles when {@code cancelled}. Returns how many were made.
     */
    public int suggest(List<Long> ids, Consumer<Item> each, BooleanSupplier cancelled) {
        tagger.load();
        int done = 0;
        for (long id : ids) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            Optional<Article> found = store.read(tx -> tx.articles().find(id));
            if (found.isEmpty()) {
                continue;
            }
            Article a = found.get();
            each.accept(new Item(id, a.title(), a.channel(), a.keywords(), tagger.suggest(a, KEYWORDS)));
            done++;
        }
        return done;
    }

    /**
     * What tagging would set on an article: the suggested channel when it has none and the tagger is
     * sure, the suggested keywords when it has none. Empty when it would set nothing.
     */
    public static Optional<Change> proposal(Item item) {
        Suggestions s = item.suggestions();
        String channel = item.channel();
        if (channel.isBlank()) {
            channel = s.channel().best().map(ChannelSuggestion.Guess::name).orElse(channel);
        }
        List<String> keywords = item.keywords();
        if (keywords.isEmpty()) {
            keywords = s.keywords().stream().map(KeywordSuggestion::word).limit(KEYWORDS).toList();
        }
        Change c = new Change(item.id(), item.title(), item.channel(), channel, item.keywords(), keywords);
        return c.setsChannel() || c.setsKeywords() ? Optional.of(c) : Optional.empty();
    }

    /**
     * Sets each change on its article (one revision each, "tagged"), unless the article's channel or
     * keywords changed since the suggestion was made; returns the changes made.
     */
    public List<Change> apply(List<Change> changes, BooleanSupplier cancelled) {
        List<Change> made = new ArrayList<>();
        for (Change c : changes) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            Optional<Article> stored = store.write(tx -> {
                Optional<Article> now = tx.articles().find(c.id());
                if (now.isEmpty() || !now.get().channel().equals(c.channelBefore()) || !now.get().keywords().equals(c.keywordsBefore())) {
                    return Optional.<Article>empty();
                }
                return Optional.of(writes.saveRevision(tx, now.get().toBuilder().channel(c.channelAfter()).keywords(c.keywordsAfter())
                        .build(), "tagged"));
            });
            stored.ifPresent(a -> {
                made.add(c);
                tagger.articleChanged(a);
            });
        }
        return made;
    }

    /**
     * Takes back what {@link #apply} made: each article gets its channel and keywords from before,
     * unless someone changed them since (those are left and returned as not undone).
     */
    public List<Change> undo(List<Change> made) {
        List<Change> reverse = made.stream()
                .map(c -> new Change(c.id(), c.title(), c.channelAfter(), c.channelBefore(), c.keywordsAfter(), c.keywordsBefore()))
                .toList();
        List<Change> undone = apply(reverse, () -> false);
        return made.stream().filter(c -> undone.stream().noneMatch(u -> u.id() == c.id())).toList();
    }
}
