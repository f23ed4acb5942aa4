package org.copydesk.service;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.copydesk.domain.Article;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.copydesk.domain.ReviewEvent;
import org.copydesk.domain.Revision;
import org.copydesk.domain.Status;
import org.copydesk.domain.Workflow;
import org.copydesk.l10n.Wording;
import org.copydesk.markup.Sanitizer;
import org.copydesk.storage.ArticleTable;
import org.copydesk.storage.Tx;

/**
 * The one way an article is written, whoever writes it (editor, import, review, restore): the body
 * passes the sanitizer, an approved article whose words change goes back to review (on its record),
 * the desk's keyword vocabulary counts the keywords put on and taken off, the search index follows,
 * and an explicit save or status change keeps a revision that names its parent.
 */
final class ArticleWrites {

    private final Clock clock;
    private volatile String user;
    /** When this client last wrote each article: its own later writes are not someone else's. */
    private final java.util.Map<Long, Instant> wroteAt = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param user the name this desk's writes are made in (the person's name, else the login name):
     *             on a shared desk, another person's recent words are never overwritten unseen
     */
    ArticleWrites(Clock clock, String user) {
        this.clock = clock;
        this.user = user;
    }

    String user() {
        return user;
    }

    void user(String name) {
        this.user = name;
    }

    Clock clock() {
        return clock;
    }

    /** Now, to the millisecond the database keeps (so a time read back equals the time written). */
    Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** The desk's time zone, for times shown to a person. */
    java.time.ZoneId zone() {
        return clock.getZone();
    }

    /**
     * Stores a new article: sanitised, given a uuid (unless it has one) and its times, keywords
     * counted, indexed, and kept as its first revision, so that every state an article is ever sent
     * or shown in has a revision to name.
     */
    Article create(Tx tx, Article draft) throws SQLException {
        Article stored = insert(tx, draft.toBuilder().version(1).build());
        String uuid = UUID.randomUUID().toString();
        tx.revisions().insert(new Revision(0, uuid, "", "", stored.id(), 1, stored.updatedAt(), "create", stored));
        return stored.toBuilder().revision(uuid).build();
    }

    /** Stores a new article with no revision (a received article, whose revisions come with it). */
    Article insert(Tx tx, Article draft) throws SQLException {
        Instant now = now();
        Article a = draft.toBuilder()
                .id(0)
                .uuid(draft.uuid().isEmpty() ? UUID.randomUUID().toString() : draft.uuid())
                .bodyHtml(Sanitizer.clean(draft.bodyHtml()))
                .createdAt(draft.createdAt() == null ? now : draft.createdAt())
                .updatedAt(draft.updatedAt() == null ? now : draft.updatedAt())
                .build();
        a = withLead(a);
        Article stored = a.toBuilder().id(tx.articles().insert(a, user)).build();
        wroteAt.put(stored.id(), stored.updatedAt());
        tx.tagger().countUses(stored.keywords(), List.of());
        tx.search().index(stored);
        return stored;
    }

    /** Autosave: the working copy, no revision; the search index catches up before the next search. */
    Article saveWorkingCopy(Tx tx, Article a) throws SQLException {
        return write(tx, a, null);
    }

    /** An explicit save: the article, and a revision of it. */
    Article saveRevision(Tx tx, Article a, String reason) throws SQLException {
        return write(tx, a, reason);
    }

    /** Moves a live article to another status and keeps a revision of the change. */
    Article changeStatus(Tx tx, long id, Status status, String reason) throws SQLException {
        return saveRevision(tx, live(tx, id).toBuilder().status(status).build(), reason);
    }

    /**
     * Takes a workflow step: moves the article to the step's status (keeping a revision) and puts the
     * step on its record, all in the caller's transaction. Refused when the article's status does not
     * allow the step.
     */
    Article step(Tx tx, long id, Workflow.Step step, String who, String text) throws SQLException {
        Article a = live(tx, id);
        if (!step.allowedFrom(a.status())) {
            throw new CopydeskException(Problem.STATUS_NOT_ALLOWED, id, Wording.status(a.status()));
        }
        Article stored = changeStatus(tx, id, step.to(), "status:" + step.to().code());
        tx.review().insertEvent(id, step.event(), null, who, now(), text);
        return stored;
    }

    /**
     * Puts another state in place of the stored one (received from another desk, or merged), with no
     * revision of its own: the caller keeps the revision it came from or the merge. Sanitised,
     * keywords counted, indexed.
     */
    Article overwrite(Tx tx, Article before, Article next) throws SQLException {
        Article a = withLead(next.toBuilder()
                .id(before.id())
                .uuid(before.uuid())
                .createdAt(before.createdAt())
                .bodyHtml(Sanitizer.clean(next.bodyHtml()))
                .updatedAt(now())
                .build());
        if (!update(tx, a)) {
            throw new CopydeskException(Problem.ARTICLE_NOT_FOUND, a.id());
        }
        tx.tagger().countUses(a.keywords().stream().filter(k -> !before.keywords().contains(k)).toList(),
                before.keywords().stream().filter(k -> !a.keywords().contains(k)).toList());
        tx.search().index(a);
        return a;
    }

    /** Stores an article over its row in this desk's name, remembering that this client wrote it last. */
    boolean update(Tx tx, Article a) throws SQLException {
        boolean found = tx.articles().update(a, user);
        if (found && a.updatedAt() != null) {
            wroteAt.put(a.id(), a.updatedAt());
        }
        return found;
    }

    /**
     * The article with its lead picture (题图) kept only while its body shows it: a picture taken
     * out of the body is no longer the lead.
     */
    static Article withLead(Article a) {
        String lead = a.leadImage();
        if (lead.isEmpty() || a.bodyHtml().contains("src=\"" + lead + "\"")) {
            return a;
        }
        return a.toBuilder().leadImage("").build();
    }

    static Article live(Tx tx, long id) throws SQLException {
        return tx.articles().find(id).orElseThrow(() -> new CopydeskException(Problem.ARTICLE_NOT_FOUND, id));
    }

    private Article write(Tx tx, Article a, String revisionReason) throws SQLException {
        // the head, not the words: autosave writes many times a minute and only an approved article's
        // words need comparing
        ArticleTable.Head head = tx.articles().head(a.id())
                .orElseThrow(() -> new CopydeskException(Problem.ARTICLE_NOT_FOUND, a.id()));
        // every write of an article has a time of its own, even two within a millisecond: the time is
        // the version a later write says it was based on
        Instant now = head.updatedAt() == null || now().isAfter(head.updatedAt()) ? now() : head.updatedAt().plusMillis(1);
        if (a.updatedAt() != null && head.updatedAt() != null && !a.updatedAt().equals(head.updatedAt())
                && !head.updatedAt().equals(wroteAt.get(a.id()))) {
            // someone else (another person, or the same person in another window) wrote the article
            // since this copy was read: their words are not overwritten unseen
            throw new CopydeskException(Problem.EDIT_CONFLICT, a.id(), head.updatedBy(), head.updatedAt());
        }
        Article next = a.toBuilder()
                .uuid(head.uuid())
                .createdAt(head.createdAt())
                .version(revisionReason == null ? head.version() : head.version() + 1)
                .bodyHtml(Sanitizer.clean(a.bodyHtml()))
                .updatedAt(now)
                .build();
        next = withLead(next);
        if (head.status() == Status.APPROVED && next.status() == Status.APPROVED && Workflow.reopens(live(tx, a.id()), next)) {
            tx.review().insertEvent(a.id(), ReviewEvent.Kind.REOPENED, null, "", now, "");
            next = next.toBuilder().status(Status.IN_REVIEW).build();
        }
        if (!update(tx, next)) {
            throw new CopydeskException(Problem.ARTICLE_NOT_FOUND, a.id());
        }
        List<String> before = head.keywords();
        tx.tagger().countUses(next.keywords().stream().filter(k -> !before.contains(k)).toList(),
                before.stream().filter(k -> !a.keywords().contains(k)).toList());
        if (revisionReason == null) {
            tx.search().markStale(next.id());
        } else {
            tx.search().index(next);
            String parent = tx.revisions().latest(next.id()).map(Revision::uuid).orElse("");
            String uuid = UUID.randomUUID().toString();
            tx.revisions().insert(new Revision(0, uuid, parent, "", next.id(), next.version(), now, revisionReason, next));
            next = next.toBuilder().revision(uuid).build();
        }
        return next;
    }
}
