package org.copydesk.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleField;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.DiffGranularity;
import org.copydesk.domain.Gate;
import org.copydesk.domain.Note;
import org.copydesk.domain.Problem;
import org.copydesk.domain.ReviewEvent;
import org.copydesk.domain.ReviewRules;
import org.copydesk.domain.Revision;
import org.copydesk.domain.Round;
import org.copydesk.domain.Workflow;
import org.copydesk.l10n.Messages;
import org.copydesk.l10n.Wording;
import org.copydesk.site.AtomicFiles;
import org.copydesk.site.ReviewSheet;
import org.copydesk.storage.Store;
import org.copydesk.text.BodyText;
import org.copydesk.text.TextDiff;

/**
 * Review around the checks: notes, the workflow (submit, sign off the rounds, approve, send back with
 * a note), revisions compared and restored, and the review sheet. Every status change goes through
 * the workflow's rules and is on the article's record. Methods may touch the database; none runs on
 * the FX thread.
 */
public final class ReviewService {

    private final Store store;
    private final ArticleWrites writes;
    private final ProofService proof;
    private final PublishService publishing;
    private final ReviewRules rules;

    ReviewService(Store store, ArticleWrites writes, ProofService proof, PublishService publishing, ReviewRules rules) {
        this.store = store;
        this.rules = rules;
        this.writes = writes;
        this.proof = proof;
        this.publishing = publishing;
    }

    // ---- notes -----------------------------------------------------------------------------------

    public List<Note> notes(long articleId) {
        return store.read(tx -> tx.review().notes(articleId));
    }

    public Note addNote(long articleId, int paragraph, String anchor, String body, String who) {
        if (body == null || body.isBlank()) {
            throw new CopydeskException(Problem.NOTE_EMPTY);
        }
        return store.write(tx -> {
            ArticleWrites.live(tx, articleId);
            long id = tx.review().insertNote(articleId, paragraph, anchor == null ? "" : anchor.strip(), body.strip(), who,
                    writes.now());
            return tx.review().note(id).orElseThrow();
        });
    }

    public Note resolve(long noteId, String who) {
        return setResolved(noteId, who);
    }

    public Note reopen(long noteId) {
        return setResolved(noteId, null);
    }

    private Note setResolved(long noteId, String who) {
        return store.write(tx -> {
            if (!tx.review().setResolved(noteId, who, writes.now())) {
                throw new CopydeskException(Problem.NOTE_NOT_FOUND, noteId);
            }
            return tx.review().note(noteId).orElseThrow();
        });
    }

    // ---- workflow --------------------------------------------------------------------------------

    public List<ReviewEvent> events(long articleId) {
        return store.read(tx -> tx.review().events(articleId));
    }

    /** Draft → in review. */
    public Article submit(long id, String who) {
        return store.write(tx -> writes.step(tx, id, Workflow.Step.SUBMIT, who, ""));
    }

    /** The desk's review rules (from its site profile): what approval requires, who may sign what. */
    public ReviewRules rules() {
        return rules;
    }

    /**
     * In review → approved, when the rounds the article's channel requires are signed and the
     * approver did not write or submit it.
     */
    public Article approve(long id, String who) {
        return store.write(tx -> {
            Article a = ArticleWrites.live(tx, id);
            if (Workflow.Step.APPROVE.allowedFrom(a.status())) {
                List<ReviewEvent> events = tx.review().events(id);
                rules.approving(a.channel(), Round.current(events), who, submitter(events), a.author())
                        .ifPresent(r -> {
                            throw Wording.refused(r);
                        });
            }
            return writes.step(tx, id, Workflow.Step.APPROVE, who, "");
        });
    }

    /** Who last sent the article into review, from its record; empty when nobody has. */
    public static String submitter(List<ReviewEvent> events) {
        String who = "";
        for (ReviewEvent e : events) {
            if (e.kind() == ReviewEvent.Kind.SUBMITTED) {
                who = e.who();
            }
        }
        return who;
    }

    /**
     * Back to draft from review, approval or publication, with the reason as an open note on the
     * article, so the editor sees what to fix and the gate waits until it is resolved.
     */
    public Article sendBack(long id, String who, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new CopydeskException(Problem.REASON_REQUIRED);
        }
        return store.write(tx -> {
            Article stored = writes.step(tx, id, Workflow.Step.SEND_BACK, who, reason.strip());
            tx.review().insertNote(id, -1, "", reason.strip(), who, writes.now());
            return stored;
        });
    }

    /**
     * Signs off a review or proofreading round while the article is in review, as the desk's rules
     * allow: rounds of a kind in order (初审 before 复审, 一校 before 二校), each once per submission, and
     * the rounds that must be signed by different people not by one.
     */
    public void signOff(long id, Round round, String who, String comment) {
        store.write(tx -> {
            Article a = ArticleWrites.live(tx, id);
            if (!Workflow.maySignRounds(a.status())) {
                throw new CopydeskException(Problem.STATUS_NOT_ALLOWED, id, Wording.status(a.status()));
            }
            rules.signing(round, a.channel(), Round.current(tx.review().events(id)), who).ifPresent(r -> {
                throw Wording.refused(r);
            });
            tx.review().insertEvent(id, ReviewEvent.Kind.SIGNED_OFF, round, who, writes.now(), comment == null ? "" : comment.strip());
            return null;
        });
    }

    /** The rounds signed off since the article was last submitted. */
    public Set<Round> signedRounds(long id) {
        return Round.current(events(id)).keySet();
    }

    /** Everything the review panel shows of a stored article, read together: notes, record, revisions, gate. */
    public record Record(List<Note> notes, List<ReviewEvent> events, List<Revision> revisions, Gate gate) {
    }

    public Record record(long id) {
        Article a = store.read(tx -> ArticleWrites.live(tx, id));
        List<Note> notes = notes(id);
        return new Record(notes, events(id), revisions(id), publishing.gate(a, notes));
    }

    // ---- revisions -------------------------------------------------------------------------------

    public List<Revision> revisions(long articleId) {
        return store.read(tx -> tx.revisions().list(articleId));
    }

    /**
     * Puts an earlier revision's words back (every field but the status, which review owns), as a new
     * revision, and records who did it.
     */
    public Article restore(long articleId, long version, String who) {
        return store.write(tx -> {
            Article current = ArticleWrites.live(tx, articleId);
            Article old = tx.revisions().list(articleId).stream().filter(r -> r.version() == version).findFirst()
                    .orElseThrow(() -> new CopydeskException(Problem.REVISION_NOT_FOUND, version, articleId))
                    .snapshot();
            Article restored = old.toBuilder().id(articleId).status(current.status()).version(current.version())
                    .createdAt(current.createdAt()).updatedAt(current.updatedAt()).build();
            Article stored = writes.saveRevision(tx, restored, "restore:" + version);
            tx.review().insertEvent(articleId, ReviewEvent.Kind.RESTORED, null, who, writes.now(), Long.toString(version));
            return stored;
        });
    }

    /** The changes from one revision to another: the body paragraph by paragraph, and the changed fields. */
    public record Comparison(Revision from, Revision to, List<TextDiff.Paragraph> body,
                             Map<String, List<TextDiff.Span>> fields, int inserted, int deleted) {

        public String heading() {
            Messages m = Messages.get();
            boolean same = fields.isEmpty() && body.stream().noneMatch(TextDiff.Paragraph::changed);
            return same ? m.get("compare.same") : m.get("compare.heading", from.version(), to.version(), inserted, deleted);
        }

        /** The article whose revisions these are. */
        public long articleId() {
            return to.articleId();
        }
    }

    /** Compares two revisions (in either order: the older one is the base). */
    public Comparison compare(Revision a, Revision b, DiffGranularity g) {
        Revision from = a.version() <= b.version() ? a : b;
        Revision to = from == a ? b : a;
        Article x = from.snapshot();
        Article y = to.snapshot();
        List<TextDiff.Paragraph> body = TextDiff.paragraphs(BodyText.paragraphs(x.bodyHtml()), BodyText.paragraphs(y.bodyHtml()), g);
        Map<String, List<TextDiff.Span>> fields = new LinkedHashMap<>();
        int[] counts = TextDiff.counts(body);
        int inserted = counts[0];
        int deleted = counts[1];
        for (ArticleField f : ArticleField.values()) {
            if (f == ArticleField.BODY) {
                continue;
            }
            String before = f.text(x);
            String after = f.text(y);
            if (!before.equals(after)) {
                List<TextDiff.Span> spans = TextDiff.spans(before, after, g);
                fields.put(Wording.field(f.key()), spans);
                int[] c = TextDiff.counts(List.of(new TextDiff.Paragraph(TextDiff.Op.SAME, spans)));
                inserted += c[0];
                deleted += c[1];
            }
        }
        return new Comparison(from, to, body, fields, inserted, deleted);
    }

    // ---- the review sheet ------------------------------------------------------------------------

    /** The review sheet (审校单) of a stored article, as HTML. */
    public String reviewSheet(long id, String who, Instant now, ZoneId zone) {
        Article a = store.read(tx -> ArticleWrites.live(tx, id));
        return new ReviewSheet(zone).render(a, proof.check(a), publishing.gate(a), notes(id), events(id), who, now);
    }

    /** Writes the review sheet of a stored article to a file; returns the file. */
    public Path writeReviewSheet(long id, String who, Path file) {
        String html = reviewSheet(id, who, writes.now(), writes.zone());
        AtomicFiles.write(file, html.getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
