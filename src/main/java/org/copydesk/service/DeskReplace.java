package org.copydesk.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleField;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.FindQuery;
import org.copydesk.domain.Problem;
import org.copydesk.domain.Progress;
import org.copydesk.domain.Revision;
import org.copydesk.domain.Status;
import org.copydesk.storage.Store;
import org.copydesk.text.BodyFind;

/**
 * Find and replace across the desk: first a plan (every article and every change in its context,
 * nothing written), then the change applied in one transaction (all articles or none), one revision
 * per article whose note names the change, and taken back as a whole by the batch's name.
 */
public final class DeskReplace {

    /** The fields a desk-wide replace looks in: the words a reader sees. */
    public static final List<ArticleField> FIELDS = List.of(ArticleField.TITLE, ArticleField.SUBTITLE, ArticleField.SUMMARY,
            ArticleField.BODY);

    /** Characters of context shown on each side of a change. */
    static final int CONTEXT = 12;

    /** One change in one field: {@code before} becomes {@code after}, between {@code left} and {@code right}. */
    public record Change(ArticleField field, int paragraph, int start, String before, String after, String left, String right) {
    }

    /**
     * One article the replace touches, with the change it would make; {@code refused} says why it
     * is left alone (a title the replace would empty), empty otherwise.
     */
    public record Item(long id, String title, Status status, List<Change> changes, String refused) {
        public boolean applies() {
            return refused.isEmpty() && !changes.isEmpty();
        }
    }

    /** What a replace would do: the query and each article it touches. */
    public record Plan(FindQuery query, List<Item> items) {
        public int changes() {
            return items.stream().filter(Item::applies).mapToInt(i -> i.changes().size()).sum();
        }

        public List<Item> applied() {
            return items.stream().filter(Item::applies).toList();
        }
    }

    /** What was written: the batch's name (for undo), the articles changed, and the changes made. */
    public record Done(String batch, List<Long> articles, int changes) {
    }

    /** What undo did: the articles restored, and those changed since (left as they are). */
    public record Undone(List<Long> restored, List<Long> changedSince) {
    }

    /** Why an article is left out of a replace. */
    public static final String REFUSED_EMPTY_TITLE = "emptyTitle";

    private static final String REASON = "replace:";
    private static final String UNDO_REASON = "replace-undo:";

    private final Store store;
    private final ArticleWrites writes;
    private final Tagger tagger;

    DeskReplace(Store store, ArticleWrites writes, Tagger tagger) {
        this.store = store;
        this.writes = writes;
        this.tagger = tagger;
    }

    /**
     * Every article (of the given statuses and channel; all when empty or null) where the query
     * matches, with each change in its context; nothing is written. Stops between articles when cancelled.
     */
    public Plan plan(FindQuery query, Set<Status> statuses, String channel, Progress progress, BooleanSupplier cancelled) {
        Pattern p = query.pattern();
        // one read of the desk, article by article
        return store.read(tx -> {
            List<Long> ids = tx.articles().ids();
            List<Item> items = new ArrayList<>();
            int done = 0;
            for (long id : ids) {
                if (cancelled.getAsBoolean()) {
                    break;
                }
                progress.at(done++, ids.size());
                Optional<Article> found = tx.articles().find(id);
                if (found.isPresent() && wanted(found.get(), statuses, channel)) {
                    item(found.get(), query, p).ifPresent(items::add);
                }
            }
            progress.at(ids.size(), ids.size());
            return new Plan(query, items);
        });
    }

    private static boolean wanted(Article a, Set<Status> statuses, String channel) {
        return (statuses == null || statuses.isEmpty() || statuses.contains(a.status()))
                && (channel == null || channel.isBlank() || channel.equals(a.channel()));
    }

    /**
     * Every match of the query in one article (an editor's open copy, not necessarily stored), in
     * the order a reader meets them: title, subtitle, summary, body. Nothing is written.
     */
    public List<Change> find(Article a, FindQuery q) {
        return item(a, q, q.pattern()).map(Item::changes).orElse(List.of());
    }

    /** The article with every match replaced (an editor's replace-all, which it then shows and saves as any edit). */
    public Article replaceAll(Article a, FindQuery q) {
        return replaced(a, q, q.pattern());
    }

    /** The changes the query makes to one article, or empty when it does not match. */
    static Optional<Item> item(Article a, FindQuery q, Pattern p) {
        List<Change> changes = new ArrayList<>();
        for (ArticleField f : FIELDS) {
            if (f == ArticleField.BODY) {
                for (BodyFind.Hit h : BodyFind.find(a.bodyHtml(), q, p)) {
                    changes.add(change(f, h.paragraph(), h.paragraphText(), h.start(), h.end(), h.replacement()));
                }
            } else {
                String text = f.text(a);
                for (FindQuery.Match m : q.matches(p, text)) {
                    changes.add(change(f, 0, text, m.start(), m.end(), m.replacement()));
                }
            }
        }
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        String refused = q.replaceAll(p, a.title()).isBlank() ? REFUSED_EMPTY_TITLE : "";
        return Optional.of(new Item(a.id(), a.title(), a.status(), changes, refused));
    }

    private static Change change(ArticleField f, int paragraph, String text, int start, int end, String after) {
        String left = text.substring(Math.max(0, start - CONTEXT), start);
        String right = text.substring(end, Math.min(text.length(), end + CONTEXT));
        return new Change(f, paragraph, start, text.substring(start, end), after, left, right);
    }

    /** The article with every match of the query replaced in the fields a replace looks in. */
    static Article replaced(Article a, FindQuery q, Pattern p) {
        Article.Builder b = a.toBuilder();
        for (ArticleField f : FIELDS) {
            if (f == ArticleField.BODY) {
                b.bodyHtml(BodyFind.replace(a.bodyHtml(), q, p));
            } else {
                f.set(b, q.replaceAll(p, f.text(a)));
            }
        }
        return b.build();
    }

    /**
     * Applies the plan's replace to the articles it lists (as they are now: an article edited since
     * the plan gets the replace on its new words), in one transaction: every article is changed, or
     * none is. One revision per article, whose note names the replace and its batch.
     */
    public Done apply(Plan plan) {
        Pattern p = plan.query().pattern();
        String batch = UUID.randomUUID().toString().substring(0, 8);
        String reason = REASON + batch + "\t" + plan.query().find() + "\t" + plan.query().replacement();
        int[] changes = {0};
        List<Article> stored = store.write(tx -> {
            List<Article> out = new ArrayList<>();
            for (Item item : plan.applied()) {
                Optional<Article> now = tx.articles().find(item.id());
                if (now.isEmpty()) {
                    continue;
                }
                // the article as it is now: what the replace changes in it, counted there
                Optional<Item> still = item(now.get(), plan.query(), p);
                if (still.isEmpty() || !still.get().applies()) {
                    continue;
                }
                changes[0] += still.get().changes().size();
                out.add(writes.saveRevision(tx, replaced(now.get(), plan.query(), p), reason));
            }
            return out;
        });
        List<Long> changed = stored.stream().map(Article::id).toList();
        tagger.stored(changed);
        return new Done(batch, changed, changes[0]);
    }

    /**
     * Takes a replace back as a whole, in one transaction: every article whose newest revision is
     * this batch's, and which nobody has changed since, gets the words it had before; articles
     * changed since are left and named. Refused when no article carries the batch.
     */
    public Undone undo(String batch) {
        String prefix = REASON + batch + "\t";
        Undone undone = store.write(tx -> {
            List<Long> restored = new ArrayList<>();
            List<Long> changedSince = new ArrayList<>();
            List<Revision> made = tx.revisions().withReason(prefix);
            if (made.isEmpty()) {
                throw new CopydeskException(Problem.REPLACE_BATCH_NOT_FOUND, batch);
            }
            for (Revision r : made) {
                long id = r.articleId();
                Optional<Article> live = tx.articles().find(id);
                if (live.isEmpty()) {
                    continue;
                }
                Article now = live.get();
                Optional<Revision> latest = tx.revisions().latest(id);
                if (latest.isPresent() && latest.get().reason().equals(UNDO_REASON + batch)) {
                    continue;
                }
                if (latest.isEmpty() || !latest.get().uuid().equals(r.uuid()) || !now.sameWords(r.snapshot())) {
                    changedSince.add(id);
                    continue;
                }
                Optional<Revision> before = r.parent().isEmpty() ? Optional.empty() : tx.revisions().find(r.parent());
                if (before.isEmpty()) {
                    changedSince.add(id);
                    continue;
                }
                Article.Builder b = now.toBuilder();
                for (ArticleField f : FIELDS) {
                    f.set(b, f.get(before.get().snapshot()));
                }
                writes.saveRevision(tx, b.build(), UNDO_REASON + batch);
                restored.add(id);
            }
            if (restored.isEmpty() && changedSince.isEmpty()) {
                throw new CopydeskException(Problem.REPLACE_ALREADY_UNDONE, batch);
            }
            return new Undone(restored, changedSince);
        });
        tagger.stored(undone.restored());
        return undone;
    }

    /** The find, replacement and batch a revision note of a desk-wide replace holds, or null for any other note. */
    public static String[] noteOf(String reason) {
        if (!reason.startsWith(REASON)) {
            return null;
        }
        String[] parts = reason.substring(REASON.length()).split("\t", -1);
        return parts.length == 3 ? parts : null;
    }
}
