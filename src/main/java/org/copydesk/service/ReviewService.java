package org.copydesk.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.domain.Article;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Finding;
import org.copydesk.domain.Note;
import org.copydesk.domain.Problem;
import org.copydesk.domain.ReviewEvent;
import org.copydesk.domain.Revision;
import org.copydesk.domain.Round;
import org.copydesk.domain.Severity;
import org.copydesk.domain.SiteProfile;
import org.copydesk.domain.Status;
import org.copydesk.l10n.Messages;
import org.copydesk.proof.Checker;
import org.copydesk.proof.Rule;
import org.copydesk.proof.WordLists;
import org.copydesk.storage.ArticleRepository;
import org.copydesk.storage.ReviewStore;
import org.copydesk.text.BodyText;
import org.copydesk.text.TextDiff;

/**
 * Proofreading and review around the checks: the desk's word lists and rule switches, findings with
 * the ones a proofreader dismissed left out, notes, the workflow (submit, sign off the rounds,
 * approve, send back with a note), revisions restored, and the gate an article passes before export.
 * Every method may touch the database; none runs on the FX thread.
 */
public final class ReviewService {

    /** How many characters on each side of a finding identify it when it is dismissed. */
    private static final int CONTEXT = 4;

    /** An article's active findings, and how many more were dismissed. */
    public record Check(List<Finding> findings, int dismissed) {

        public long count(Severity s) {
            return findings.stream().filter(f -> f.severity() == s).count();
        }
    }

    /** One thing that keeps an article from being exported. */
    public record Reason(String key, Object... args) {

        public String text() {
            return Messages.get().get(key, args);
        }
    }

    /** Whether an article may be exported, and if not, every reason why. */
    public record Gate(List<Reason> reasons) {

        public boolean open() {
            return reasons.isEmpty();
        }

        public String describe() {
            return String.join(Messages.get().get("report.clauseSeparator"), reasons.stream().map(Reason::text).toList());
        }
    }

    private final ArticleRepository articles;
    private final ReviewStore store;
    private final SiteProfile profile;
    private volatile Loaded loaded;

    public ReviewService(ArticleRepository articles, SiteProfile profile) {
        this.articles = articles;
        this.store = new ReviewStore(articles);
        this.profile = profile;
    }

    // ---- word lists and rules --------------------------------------------------------------------

    /** The word lists in force: the desk's own copies where it has them, the shipped lists otherwise. */
    public WordLists wordLists() {
        return loaded().lists();
    }

    private Checker checker() {
        return loaded().checker();
    }

    /** The lists in force and the checker built on them, replaced together when a list changes. */
    private record Loaded(WordLists lists, Checker checker) {
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    WordLists lists = WordLists.parse(wordListTexts());
                    l = new Loaded(lists, new Checker(profile, lists));
                    loaded = l;
                }
            }
        }
        return l;
    }

    /** The text of each list as the desk edits it. */
    public Map<WordLists.Kind, String> wordListTexts() {
        Map<String, String> own = store.wordLists();
        Map<WordLists.Kind, String> out = new EnumMap<>(WordLists.Kind.class);
        for (WordLists.Kind k : WordLists.Kind.values()) {
            out.put(k, own.getOrDefault(k.file, WordLists.defaultText(k)));
        }
        return out;
    }

    /**
     * Stores the desk's copy of a list (as typed: a bad line stays, so it can be fixed) and puts it in
     * force; returns the lines of that list that could not be used.
     */
    public List<WordLists.Problem> saveWordList(WordLists.Kind kind, String text) {
        store.putWordList(kind.file, text);
        synchronized (this) {
            loaded = null;
        }
        return wordLists().problems().stream().filter(p -> p.kind() == kind).toList();
    }

    /** Goes back to the shipped list. */
    public void resetWordList(WordLists.Kind kind) {
        store.putWordList(kind.file, null);
        synchronized (this) {
            loaded = null;
        }
    }

    public List<String> ruleIds() {
        return checker().ruleIds();
    }

    public Set<String> disabledRules() {
        return store.disabledRules();
    }

    public void setRuleEnabled(String rule, boolean enabled) {
        if (!ruleIds().contains(rule)) {
            throw new IllegalArgumentException("unknown rule: " + rule);
        }
        store.setRuleEnabled(rule, enabled);
    }

    // ---- checking --------------------------------------------------------------------------------

    /** Every finding of the enabled rules, with nothing dismissed: a file before import, a draft never stored. */
    public List<Finding> checkAll(Article a) {
        return checker().check(a, store.disabledRules());
    }

    /** The findings a proofreader still has to look at on a stored article (dismissed ones left out). */
    public Check check(Article a) {
        List<Finding> all = checkAll(a);
        if (a.id() == 0) {
            return new Check(all, 0);
        }
        Set<ReviewStore.Dismissal> dismissed = store.dismissals(a.id());
        if (dismissed.isEmpty()) {
            return new Check(all, 0);
        }
        List<Rule.Segment> segments = Checker.segments(a);
        List<Finding> active = new ArrayList<>();
        for (Finding f : all) {
            if (!dismissed.contains(dismissal(f, segments))) {
                active.add(f);
            }
        }
        return new Check(active, all.size() - active.size());
    }

    /** Dismisses a finding for this article: it stays quiet while the words around it stay the same. */
    public void dismiss(Article a, Finding f, String who) {
        store.dismiss(a.id(), dismissal(f, Checker.segments(a)), who);
    }

    /** Brings back every finding dismissed on the article; returns how many. */
    public int undismissAll(long articleId) {
        return store.clearDismissals(articleId);
    }

    private static ReviewStore.Dismissal dismissal(Finding f, List<Rule.Segment> segments) {
        String context = "";
        for (Rule.Segment s : segments) {
            if (s.field().equals(f.field()) && s.paragraph() == f.paragraph()) {
                String t = s.text();
                int from = Math.max(0, Math.min(t.length(), f.start()) - CONTEXT);
                int to = Math.min(t.length(), Math.max(f.end(), 0) + CONTEXT);
                context = from < to ? t.substring(from, to) : "";
                break;
            }
        }
        return new ReviewStore.Dismissal(f.rule(), f.field(), f.text(), context);
    }

    // ---- notes -----------------------------------------------------------------------------------

    public List<Note> notes(long articleId) {
        return store.notes(articleId);
    }

    public Note addNote(long articleId, int paragraph, String anchor, String body, String who) {
        if (body == null || body.isBlank()) {
            throw new CopydeskException(Problem.NOTE_EMPTY);
        }
        return store.addNote(articleId, paragraph, anchor == null ? "" : anchor.strip(), body.strip(), who);
    }

    public Note resolve(long noteId, String who) {
        return store.setResolved(noteId, who);
    }

    public Note reopen(long noteId) {
        return store.setResolved(noteId, null);
    }

    // ---- workflow --------------------------------------------------------------------------------

    public List<ReviewEvent> events(long articleId) {
        return store.events(articleId);
    }

    /** Draft → in review. */
    public Article submit(long id, String who) {
        require(id, Status.DRAFT);
        return store.transition(id, Status.IN_REVIEW, ReviewEvent.Kind.SUBMITTED, who, "");
    }

    /** In review → approved. */
    public Article approve(long id, String who) {
        require(id, Status.IN_REVIEW);
        return store.transition(id, Status.APPROVED, ReviewEvent.Kind.APPROVED, who, "");
    }

    /**
     * Back to draft from review, approval or publication, with the reason as an open note on the
     * article, so the editor sees what to fix and the gate waits until it is resolved.
     */
    public Article sendBack(long id, String who, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new CopydeskException(Problem.REASON_REQUIRED);
        }
        require(id, Status.IN_REVIEW, Status.APPROVED, Status.PUBLISHED);
        return store.transition(id, Status.DRAFT, ReviewEvent.Kind.SENT_BACK, who, reason.strip(), true);
    }

    /**
     * Signs off a review or proofreading round while the article is in review. Rounds of a kind go in
     * order (初审 before 复审, 一校 before 二校), each once per submission.
     */
    public void signOff(long id, Round round, String who, String comment) {
        require(id, Status.IN_REVIEW);
        Set<Round> done = signedRounds(id);
        if (done.contains(round)) {
            throw new CopydeskException(Problem.ROUND_OUT_OF_ORDER, roundName(round), roundName(round));
        }
        for (Round earlier : Round.values()) {
            if (earlier.isReview() == round.isReview() && earlier.ordinal() < round.ordinal() && !done.contains(earlier)) {
                throw new CopydeskException(Problem.ROUND_OUT_OF_ORDER, roundName(round), roundName(earlier));
            }
        }
        store.record(id, ReviewEvent.Kind.SIGNED_OFF, round, who, comment == null ? "" : comment.strip());
    }

    /** The rounds signed off since the article was last submitted. */
    public Set<Round> signedRounds(long id) {
        return currentRounds(store.events(id)).keySet();
    }

    /**
     * The rounds signed off in the current submission, from an article's record: each round's latest
     * sign-off since the last submission or send-back, in the order they were signed.
     */
    public static Map<Round, ReviewEvent> currentRounds(List<ReviewEvent> events) {
        Map<Round, ReviewEvent> out = new java.util.LinkedHashMap<>();
        for (ReviewEvent e : events) {
            if (e.kind() == ReviewEvent.Kind.SUBMITTED || e.kind() == ReviewEvent.Kind.SENT_BACK) {
                out.clear();
            } else if (e.kind() == ReviewEvent.Kind.SIGNED_OFF && e.round() != null) {
                out.put(e.round(), e);
            }
        }
        return out;
    }

    public static String roundName(Round r) {
        return Messages.get().get("round." + r.code());
    }

    private void require(long id, Status... allowed) {
        Article a = articles.get(id);
        for (Status s : allowed) {
            if (a.status() == s) {
                return;
            }
        }
        throw new CopydeskException(Problem.STATUS_NOT_ALLOWED, id, Messages.get().get("status." + a.status().code()));
    }

    // ---- the gate and export ---------------------------------------------------------------------

    /** The stored article (what the gate judges). */
    public Article checkedArticle(long id) {
        return articles.get(id);
    }

    /** Whether the stored article may be exported: approved, no open notes, no errors. */
    public Gate gate(Article a) {
        return gate(a, store.notes(a.id()));
    }

    /** {@link #gate(Article)} with the article's notes already read. */
    public Gate gate(Article a, List<Note> notes) {
        List<Reason> reasons = new ArrayList<>();
        if (a.status() != Status.APPROVED && a.status() != Status.PUBLISHED) {
            reasons.add(new Reason("gate.notApproved", Messages.get().get("status." + a.status().code())));
        }
        long open = notes.stream().filter(Note::open).count();
        if (open > 0) {
            reasons.add(new Reason("gate.openNotes", open));
        }
        List<Finding> errors = check(a).findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            reasons.add(new Reason("gate.errors", errors.size(), errors.get(0).message()));
        }
        return new Gate(reasons);
    }

    /** Why one article may not be exported, in a sentence: 《标题》（3）不能导出：尚未审核通过. */
    public static String refusal(String title, long id, Gate g) {
        return Messages.get().get("gate.refused", title, Long.toString(id), g.describe());
    }

    /** What an export did: the pages written, and the articles the gate held back (with why). */
    public record ExportOutcome(List<String> pages, Map<Long, Gate> held) {
    }

    /**
     * Exports articles that pass the gate and marks the approved ones published. With {@code anyway}
     * (a reason), articles that do not pass are exported too and the reason is recorded on each. With
     * {@code skipHeld} the others are held back and listed; without it, one that does not pass stops
     * the whole export before anything is written.
     */
    public ExportOutcome export(ExportService exports, List<Long> ids, Path dir, String anyway, boolean skipHeld, String who) {
        boolean forced = anyway != null && !anyway.isBlank();
        if (anyway != null && !forced) {
            throw new CopydeskException(Problem.REASON_REQUIRED);
        }
        Map<Long, Gate> held = new java.util.LinkedHashMap<>();
        List<String> refusals = new ArrayList<>();
        List<Article> going = new ArrayList<>();
        List<Long> forcedIds = new ArrayList<>();
        for (long id : ids) {
            Article a = articles.get(id);
            Gate g = gate(a);
            if (g.open() || forced) {
                going.add(a);
                if (!g.open()) {
                    forcedIds.add(id);
                }
            } else {
                held.put(id, g);
                refusals.add(refusal(a.title(), id, g));
            }
        }
        if (!held.isEmpty() && !skipHeld) {
            throw new CopydeskException(Problem.EXPORT_REFUSED, String.join(Messages.get().get("gate.between"), refusals));
        }
        List<String> pages = going.isEmpty() ? List.of() : exports.export(going.stream().map(Article::id).toList(), dir);
        for (Article a : going) {
            if (forcedIds.contains(a.id())) {
                store.record(a.id(), ReviewEvent.Kind.EXPORTED_ANYWAY, null, who, anyway.strip());
            }
            if (a.status() != Status.PUBLISHED) {
                store.transition(a.id(), Status.PUBLISHED, ReviewEvent.Kind.PUBLISHED, who, dir.toString());
            }
        }
        return new ExportOutcome(pages, held);
    }

    // ---- revisions -------------------------------------------------------------------------------

    public List<Revision> revisions(long articleId) {
        return articles.revisions(articleId);
    }

    /** Puts a revision's words back; the restore is itself a revision and is on the record. */
    public Article restore(long articleId, long version, String who) {
        return store.restore(articleId, version, who);
    }

    /** The changes from one revision to another: the body paragraph by paragraph, and the changed fields. */
    public record Comparison(Revision from, Revision to, List<TextDiff.Paragraph> body,
                             Map<String, List<TextDiff.Span>> fields, int inserted, int deleted) {

        public String heading() {
            Messages m = Messages.get();
            boolean same = fields.isEmpty() && body.stream().noneMatch(TextDiff.Paragraph::changed);
            return same ? m.get("compare.same") : m.get("compare.heading", from.version(), to.version(), inserted, deleted);
        }
    }

    /** Compares two revisions (in either order: the older one is the base). */
    public static Comparison compare(Revision a, Revision b, TextDiff.Granularity g) {
        Revision from = a.version() <= b.version() ? a : b;
        Revision to = from == a ? b : a;
        Article x = from.snapshot();
        Article y = to.snapshot();
        List<TextDiff.Paragraph> body = TextDiff.paragraphs(BodyText.paragraphs(x.bodyHtml()), BodyText.paragraphs(y.bodyHtml()), g);
        Map<String, List<TextDiff.Span>> fields = new java.util.LinkedHashMap<>();
        Messages m = Messages.get();
        String[][] pairs = {
            {"title", x.title(), y.title()}, {"subtitle", x.subtitle(), y.subtitle()}, {"summary", x.summary(), y.summary()},
            {"channel", x.channel(), y.channel()}, {"source", x.source(), y.source()}, {"author", x.author(), y.author()},
            {"editor", x.editor(), y.editor()}, {"keywords", String.join(" ", x.keywords()), String.join(" ", y.keywords())},
            {"publishedAt", String.valueOf(x.publishedAt()), String.valueOf(y.publishedAt())}};
        int[] counts = TextDiff.counts(body);
        int inserted = counts[0];
        int deleted = counts[1];
        for (String[] p : pairs) {
            if (!p[1].equals(p[2])) {
                List<TextDiff.Span> spans = TextDiff.spans(p[1], p[2], g);
                fields.put(m.get("field." + p[0]), spans);
                int[] c = TextDiff.counts(List.of(new TextDiff.Paragraph(TextDiff.Op.SAME, spans)));
                inserted += c[0];
                deleted += c[1];
            }
        }
        return new Comparison(from, to, body, fields, inserted, deleted);
    }

    // ---- the review sheet ------------------------------------------------------------------------

    /** The review sheet (审校单) of a stored article, as HTML. */
    public String reviewSheet(long id, String who, java.time.Instant now, java.time.ZoneId zone) {
        Article a = articles.get(id);
        return new ReviewSheet(zone).render(a, check(a), gate(a), notes(id), events(id), who, now);
    }
}
