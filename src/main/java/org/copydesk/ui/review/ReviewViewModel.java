package org.copydesk.ui.review;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.copydesk.domain.Article;
import org.copydesk.domain.CheckResult;
import org.copydesk.domain.DiffGranularity;
import org.copydesk.domain.Finding;
import org.copydesk.domain.Gate;
import org.copydesk.domain.Note;
import org.copydesk.domain.ReviewEvent;
import org.copydesk.domain.ReviewRules;
import org.copydesk.domain.Revision;
import org.copydesk.domain.Round;
import org.copydesk.domain.Status;
import org.copydesk.domain.WordListKind;
import org.copydesk.domain.WordListProblem;
import org.copydesk.l10n.Messages;
import org.copydesk.l10n.Wording;
import org.copydesk.service.DraftService;
import org.copydesk.service.ProofService;
import org.copydesk.service.ReviewService;
import org.copydesk.ui.fx.Cancellable;
import org.copydesk.ui.fx.Debouncer;
import org.copydesk.ui.fx.Dialogs;
import org.copydesk.ui.fx.Errors;
import org.copydesk.ui.fx.TaskRunner;
import org.copydesk.ui.session.OpenArticle;

/**
 * The review panel's state for the open article: its findings (checked in the background a moment
 * after the draft changes), notes, the workflow with its rounds, revisions and the export gate; and
 * the proofreader's actions on them. Every action that touches the database runs off the FX thread,
 * after the editor has saved what is pending.
 */
public final class ReviewViewModel {

    public static final Duration QUIET = Duration.ofMillis(400);
    public static final Duration MAX_WAIT = Duration.ofSeconds(2);

    private final ReviewService review;
    private final ProofService proof;
    private final OpenArticle session;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Messages m = Messages.get();
    private final StringProperty reviewer = new SimpleStringProperty("");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final IntegerProperty dismissed = new SimpleIntegerProperty();
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    private final ObservableList<ReviewEvent> events = FXCollections.observableArrayList();
    private final ObservableList<Revision> revisions = FXCollections.observableArrayList();
    private final ObservableMap<Round, ReviewEvent> signed = FXCollections.observableHashMap();
    private final ObservableList<String> paragraphs = FXCollections.observableArrayList();
    private final ObjectProperty<Gate> gate = new SimpleObjectProperty<>(Gate.OPEN);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final ReadOnlyLongWrapper marksChanged = new ReadOnlyLongWrapper();
    private final Debouncer debouncer;
    private Cancellable pendingCheck = Cancellable.NONE;
    private long checkGeneration;

    public ReviewViewModel(ReviewService review, ProofService proof, OpenArticle session, TaskRunner runner, Dialogs dialogs) {
        this.review = review;
        this.proof = proof;
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.debouncer = new Debouncer(runner, QUIET, MAX_WAIT, this::check);
        session.changesProperty().addListener((o, a, b) -> debouncer.trigger());
        // every save, status change and restore replaces the stored article: the record is read again
        session.storedProperty().addListener((o, was, now) -> {
            if (now == null) {
                clear();
                return;
            }
            if (was == null || was.id() != now.id()) {
                check();
            }
            refresh();
        });
        active.addListener((o, was, now) -> {
            if (now) {
                check();
                refresh();
            }
        });
    }

    /**
     * On while the review panel is shown: only then are drafts checked as they change and the record
     * read, so an editor who is not reviewing pays nothing for it (nor does start-up).
     */
    public BooleanProperty activeProperty() {
        return active;
    }

    // ---- state ---------------------------------------------------------------------------------

    /** The name signed on notes, rounds and decisions (kept in the settings). */
    public StringProperty reviewerProperty() { return reviewer; }
    public ObservableList<Finding> findings() { return findings; }
    public IntegerProperty dismissedProperty() { return dismissed; }
    public ObservableList<Note> notes() { return notes; }
    public ObservableList<ReviewEvent> events() { return events; }
    public ObservableList<Revision> revisions() { return revisions; }
    public ObservableMap<Round, ReviewEvent> signed() { return signed; }
    /** The body's paragraphs, for anchoring a note. */
    public ObservableList<String> paragraphs() { return paragraphs; }
    public ObjectProperty<Gate> gateProperty() { return gate; }
    public StringProperty messageProperty() { return message; }
    /** Counts changes that alter the marks on the preview without changing the draft (a dismissal, a note, a rule). */
    public ReadOnlyLongProperty marksChangedProperty() { return marksChanged.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Status> statusProperty() { return session.statusProperty(); }

    private void marksChanged() {
        marksChanged.set(marksChanged.get() + 1);
    }

    public Status status() {
        return session.statusProperty().get();
    }

    /**
     * Why the reviewer may not sign this round now, by the desk's rules (order, different people);
     * empty when they may, or when the article is not in review (the button says that by itself).
     */
    public java.util.Optional<ReviewRules.Refusal> whyNotSign(Round round) {
        Article a = session.draft();
        if (a == null || !org.copydesk.domain.Workflow.maySignRounds(status())) {
            return java.util.Optional.empty();
        }
        return review.rules().signing(round, a.channel(), signed, reviewer.get().strip());
    }

    /**
     * Why the reviewer may not approve now: rounds the channel requires still unsigned, or the
     * reviewer wrote or submitted the article. Empty when they may or the article is not in review.
     */
    public java.util.Optional<ReviewRules.Refusal> whyNotApprove() {
        Article a = session.draft();
        if (a == null || !org.copydesk.domain.Workflow.Step.APPROVE.allowedFrom(status())) {
            return java.util.Optional.empty();
        }
        return review.rules().approving(a.channel(), signed, reviewer.get().strip(), ReviewService.submitter(events), a.author());
    }

    /** The open article's number, or 0. */
    public long articleId() {
        return session.id();
    }

    /**
     * The name notes, rounds and approvals are signed with. The first time review work is done
     * without one, the desk asks for it (never the computer's login) and keeps it; empty when the
     * person declines, and then the work is not done.
     */
    public String who() {
        String name = reviewer.get().strip();
        if (name.isEmpty()) {
            dialogs.ask(new Dialogs.Question("reviewer-name", m.get("review.who.title"), m.get("review.who.text"),
                    m.get("review.who.prompt"), true)).map(String::strip).filter(s -> !s.isEmpty()).ifPresent(reviewer::set);
            name = reviewer.get().strip();
        }
        return name;
    }

    // ---- loading -------------------------------------------------------------------------------

    private void clear() {
        findings.clear();
        notes.clear();
        events.clear();
        revisions.clear();
        signed.clear();
        paragraphs.clear();
        dismissed.set(0);
        gate.set(Gate.OPEN);
    }

    /** The open article's record as stored: notes, review events, signed rounds, revisions, gate. */
    public void refresh() {
        long id = session.id();
        if (id == 0 || !active.get()) {
            return;
        }
        runner.submit("review record", () -> review.record(id), r -> {
            if (session.id() == id) {
                notes.setAll(r.notes());
                events.setAll(r.events());
                revisions.setAll(r.revisions());
                signed.clear();
                signed.putAll(Round.current(r.events()));
                gate.set(r.gate());
            }
        }, this::fail);
    }

    /** Checks the draft as it stands in the editor, in the background. */
    private void check() {
        Article a = session.draft();
        if (a == null || !active.get()) {
            return;
        }
        long generation = ++checkGeneration;
        pendingCheck.cancel();
        pendingCheck = runner.submit("check article", () -> new Checked(proof.check(a), DraftService.paragraphs(a.bodyHtml())), c -> {
            if (generation == checkGeneration && session.id() == a.id()) {
                findings.setAll(c.check().findings());
                dismissed.set(c.check().dismissed());
                if (!paragraphs.equals(c.paragraphs())) {
                    paragraphs.setAll(c.paragraphs());
                }
            }
        }, this::fail);
    }

    private record Checked(CheckResult check, List<String> paragraphs) {
    }

    // ---- findings ------------------------------------------------------------------------------

    /**
     * Applies a field finding's suggestion in the editor; body findings are fixed by the view in the
     * body editor (where undo can take the fix back). False when there is nothing to apply.
     */
    public boolean fixField(Finding f) {
        if (f.suggestion().isEmpty() || Finding.BODY.equals(f.field())) {
            return false;
        }
        boolean done = session.replaceInField(f.field(), f.start(), f.end(), f.text(), f.suggestion());
        message.set(done ? m.get("review.fixed", f.text(), f.suggestion()) : m.get("review.fixMoved"));
        return done;
    }

    /** Dismisses a finding for this article (remembered), and checks again. */
    public void dismiss(Finding f) {
        Article a = session.draft();
        if (a == null) {
            return;
        }
        String who = who();
        if (who.isEmpty()) {
            return;
        }
        findings.remove(f);
        runner.submit("dismiss finding", () -> {
            proof.dismiss(a, f, who);
            return null;
        }, x -> {
            message.set(m.get("review.dismissed", f.text()));
            check();
            marksChanged();
        }, this::fail);
    }

    /**
     * Adds the finding's words to the desk's dictionary: the spelling check takes them as right from
     * now on, in every article. Then checks again.
     */
    public void addToDictionary(Finding f) {
        findings.remove(f);
        runner.submit("add to dictionary", () -> {
            proof.addToDictionary(f.text());
            return null;
        }, x -> {
            message.set(m.get("review.addedToDictionary", f.text()));
            check();
            marksChanged();
        }, this::fail);
    }

    /** Brings back the findings dismissed on this article. */
    public void undismissAll() {
        long id = session.id();
        if (id != 0) {
            runner.submit("restore findings", () -> proof.undismissAll(id), n -> {
                message.set(m.get("review.undismissed", n));
                check();
                marksChanged();
            }, this::fail);
        }
    }

    // ---- notes ---------------------------------------------------------------------------------

    public void addNote(int paragraph, String anchor, String body) {
        long id = session.id();
        if (id == 0) {
            return;
        }
        String who = who();
        if (who.isEmpty()) {
            return;
        }
        runner.submit("add note", () -> review.addNote(id, paragraph, anchor, body, who), n -> {
            message.set(m.get("review.noteAdded"));
            refresh();
            marksChanged();
        }, this::fail);
    }

    public void resolve(Note n) {
        String who = who();
        if (who.isEmpty()) {
            return;
        }
        runner.submit("resolve note", () -> review.resolve(n.id(), who), x -> {
            refresh();
            marksChanged();
        }, this::fail);
    }

    public void reopen(Note n) {
        runner.submit("reopen note", () -> review.reopen(n.id()), x -> {
            refresh();
            marksChanged();
        }, this::fail);
    }

    // ---- workflow ------------------------------------------------------------------------------

    public void submit() {
        transition("submit", review::submit);
    }

    public void approve() {
        transition("approve", review::approve);
    }

    /** Asks why, then sends the article back to draft; the reason becomes an open note for the editor. */
    public void sendBack() {
        dialogs.ask(new Dialogs.Question("send-back-reason", m.get("review.sendBack"), m.get("review.sendBack.prompt"), "", true))
                .ifPresent(this::sendBack);
    }

    /** Back to draft with this reason. */
    public void sendBack(String reason) {
        transition("send back", (id, who) -> review.sendBack(id, who, reason));
    }

    /** Asks for an optional comment, then signs the round off in the reviewer's name. */
    public void signOff(Round round) {
        String name = Wording.round(round);
        String who = who();
        if (who.isEmpty()) {
            return;
        }
        dialogs.ask(new Dialogs.Question("sign-off-comment", m.get("review.signOff") + " · " + name,
                        m.get("review.signOff.prompt", name, who), m.get("review.signOff.comment"), false))
                .ifPresent(comment -> signOff(round, comment));
    }

    public void signOff(Round round, String comment) {
        long id = session.id();
        if (id == 0) {
            return;
        }
        String who = who();
        if (who.isEmpty()) {
            return;
        }
        session.flush(() -> runner.submit("sign off", () -> {
            review.signOff(id, round, who, comment);
            return null;
        }, x -> {
            message.set(m.get("review.signedOff", Wording.round(round), who));
            refresh();
        }, this::fail));
    }

    @FunctionalInterface
    private interface Step {
        Article apply(long id, String who) throws Exception;
    }

    private void transition(String name, Step step) {
        long id = session.id();
        if (id == 0) {
            return;
        }
        String who = who();
        if (who.isEmpty()) {
            return;
        }
        session.flush(() -> runner.submit(name, () -> step.apply(id, who), saved -> {
            // the editor takes the new stored article, and the record is read again from there
            session.statusChanged(saved);
            // named, so the line still says whose status it was after another article is opened
            message.set(m.get("review.statusNow", Wording.status(saved.status()), saved.title()));
            marksChanged();
        }, this::fail));
    }

    // ---- revisions -----------------------------------------------------------------------------

    /** Compares two revisions in the background; {@code then} gets the comparison for the preview. */
    public void compare(Revision a, Revision b, DiffGranularity g, Consumer<ReviewService.Comparison> then) {
        runner.submit("compare revisions", () -> review.compare(a, b, g), then, this::fail);
    }

    /** Asks, then puts a revision's words back in the editor (recorded as a revision and on the review record). */
    public void restore(Revision r) {
        long id = session.id();
        if (id == 0 || r.articleId() != id || !dialogs.confirm(m.get("review.restore"), m.get("review.restore.confirm", r.version()))) {
            return;
        }
        String who = who();
        if (who.isEmpty()) {
            return;
        }
        session.flush(() -> runner.submit("restore revision", () -> review.restore(id, r.version(), who), restored -> {
            session.reload(restored);
            message.set(m.get("review.restored", r.version()));
        }, this::fail));
    }

    // ---- the review sheet and the desk's lists ---------------------------------------------------

    /** Writes the review sheet (审校单) of the open article to {@code file}. */
    public void exportSheet(Path file) {
        long id = session.id();
        if (id == 0) {
            return;
        }
        String who = who();
        if (who.isEmpty()) {
            return;
        }
        session.flush(() -> runner.submit("review sheet", () -> review.writeReviewSheet(id, who, file),
                f -> message.set(m.get("review.sheetWritten", f)), this::fail));
    }

    /** The rules in the order they run, and those the desk switched off. */
    public record RuleState(List<String> rules, Set<String> disabled) {
    }

    public void loadRules(Consumer<RuleState> then) {
        runner.submit("rule settings", () -> new RuleState(proof.ruleIds(), proof.disabledRules()), then, this::fail);
    }

    /** The word lists as the desk edits them. */
    public void loadWordLists(Consumer<Map<WordListKind, String>> then) {
        runner.submit("word lists", proof::wordListTexts, then, this::fail);
    }

    /** Switches a rule on or off for the desk, and checks again. */
    public void setRuleEnabled(String rule, boolean enabled) {
        runner.submit("rule setting", () -> {
            proof.setRuleEnabled(rule, enabled);
            return null;
        }, x -> {
            check();
            marksChanged();
        }, this::fail);
    }

    /** Stores a word list; {@code then} gets the lines that could not be used. */
    public void saveWordList(WordListKind kind, String text, Consumer<List<WordListProblem>> then) {
        runner.submit("save word list", () -> proof.saveWordList(kind, text), problems -> {
            then.accept(problems);
            check();
            marksChanged();
        }, this::fail);
    }

    private void fail(Throwable t) {
        message.set(Errors.message(t));
    }
}
