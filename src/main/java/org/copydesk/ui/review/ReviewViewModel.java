package org.copydesk.ui.review;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.copydesk.domain.Article;
import org.copydesk.domain.Finding;
import org.copydesk.domain.Note;
import org.copydesk.domain.ReviewEvent;
import org.copydesk.domain.Revision;
import org.copydesk.domain.Round;
import org.copydesk.domain.Status;
import org.copydesk.l10n.Messages;
import org.copydesk.proof.WordLists;
import org.copydesk.render.AtomicFiles;
import org.copydesk.service.ReviewService;
import org.copydesk.text.BodyText;
import org.copydesk.text.TextDiff;
import org.copydesk.ui.editor.EditorViewModel;
import org.copydesk.ui.fx.Cancellable;
import org.copydesk.ui.fx.Debouncer;
import org.copydesk.ui.fx.Errors;
import org.copydesk.ui.fx.TaskRunner;
import org.copydesk.ui.preview.PreviewViewModel;

/**
 * The review panel's state for the open article: its findings (checked in the background a moment
 * after the draft changes), notes, the workflow with its rounds, revisions and the export gate; and
 * the proofreader's actions on them. Every action that touches the database runs off the FX thread,
 * after the editor has saved what is pending.
 */
public final class ReviewViewModel {

    public static final Duration QUIET = Duration.ofMillis(400);
    public static final Duration MAX_WAIT = Duration.ofSeconds(2);

    private final ReviewService service;
    private final EditorViewModel editor;
    private final TaskRunner runner;
    private final Clock clock;
    private final Messages m = Messages.get();
    private final StringProperty reviewer = new SimpleStringProperty("");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final IntegerProperty dismissed = new SimpleIntegerProperty();
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    private final ObservableList<ReviewEvent> events = FXCollections.observableArrayList();
    private final ObservableList<Revision> revisions = FXCollections.observableArrayList();
    private final ObservableMap<Round, ReviewEvent> signed = FXCollections.observableHashMap();
    private final ObservableList<String> paragraphs = FXCollections.observableArrayList();
    private final ObjectProperty<ReviewService.Gate> gate = new SimpleObjectProperty<>(new ReviewService.Gate(List.of()));
    private final StringProperty message = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty active = new javafx.beans.property.SimpleBooleanProperty(false);
    private final javafx.beans.property.ReadOnlyLongWrapper marksChanged = new javafx.beans.property.ReadOnlyLongWrapper();
    private final Debouncer debouncer;
    private Cancellable pendingCheck = Cancellable.NONE;
    private long checkGeneration;

    public ReviewViewModel(ReviewService service, EditorViewModel editor, TaskRunner runner, Clock clock) {
        this.service = service;
        this.editor = editor;
        this.runner = runner;
        this.clock = clock;
        this.debouncer = new Debouncer(runner, QUIET, MAX_WAIT, this::check);
        editor.changesProperty().addListener((o, a, b) -> debouncer.trigger());
        // every save, status change and restore replaces the stored article: the record is read again
        editor.storedProperty().addListener((o, was, now) -> {
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
    public javafx.beans.property.BooleanProperty activeProperty() {
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
    public ObjectProperty<ReviewService.Gate> gateProperty() { return gate; }
    public StringProperty messageProperty() { return message; }
    /** Counts changes that alter the marks on the preview without changing the draft (a dismissal, a note, a rule). */
    public javafx.beans.property.ReadOnlyLongProperty marksChangedProperty() { return marksChanged.getReadOnlyProperty(); }

    private void marksChanged() {
        marksChanged.set(marksChanged.get() + 1);
    }

    public Status status() {
        return editor.statusProperty().get();
    }

    public EditorViewModel editor() {
        return editor;
    }

    /** The name recorded with review steps: the reviewer's, or the login name when none is set. */
    public String who() {
        String name = reviewer.get().strip();
        return name.isEmpty() ? System.getProperty("user.name", "") : name;
    }

    /** What the preview's review mode marks: the findings and notes of the draft as it stands. */
    public PreviewViewModel.Review marks(Article a) {
        return new PreviewViewModel.Review(service.check(a).findings(), a.id() == 0 ? List.of() : service.notes(a.id()));
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
        gate.set(new ReviewService.Gate(List.of()));
    }

    /** The open article's record as stored: notes, review events, signed rounds, revisions, gate. */
    public void refresh() {
        long id = editor.articleId();
        if (id == 0 || !active.get()) {
            return;
        }
        runner.submit("review record", () -> {
            List<Note> n = service.notes(id);
            List<ReviewEvent> e = service.events(id);
            return new Record(n, e, service.revisions(id), service.gate(service.checkedArticle(id), n));
        }, r -> {
            if (editor.articleId() == id) {
                notes.setAll(r.notes());
                events.setAll(r.events());
                revisions.setAll(r.revisions());
                signed.clear();
                signed.putAll(ReviewService.currentRounds(r.events()));
                gate.set(r.gate());
            }
        }, this::fail);
    }

    private record Record(List<Note> notes, List<ReviewEvent> events, List<Revision> revisions, ReviewService.Gate gate) {
    }

    /** Checks the draft as it stands in the editor, in the background. */
    private void check() {
        if (editor.articleId() == 0 || !active.get()) {
            return;
        }
        Article a = editor.current();
        long generation = ++checkGeneration;
        pendingCheck.cancel();
        pendingCheck = runner.submit("check article", () -> new Checked(service.check(a), BodyText.paragraphs(a.bodyHtml())), c -> {
            if (generation == checkGeneration && editor.articleId() == a.id()) {
                findings.setAll(c.check().findings());
                dismissed.set(c.check().dismissed());
                if (!paragraphs.equals(c.paragraphs())) {
                    paragraphs.setAll(c.paragraphs());
                }
            }
        }, this::fail);
    }

    private record Checked(ReviewService.Check check, List<String> paragraphs) {
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
        boolean done = editor.replaceInField(f.field(), f.start(), f.end(), f.text(), f.suggestion());
        message.set(done ? m.get("review.fixed", f.text(), f.suggestion()) : m.get("review.fixMoved"));
        return done;
    }

    /** Dismisses a finding for this article (remembered), and checks again. */
    public void dismiss(Finding f) {
        Article a = editor.current();
        if (a.id() == 0) {
            return;
        }
        findings.remove(f);
        String who = who();
        runner.submit("dismiss finding", () -> {
            service.dismiss(a, f, who);
            return null;
        }, x -> {
            message.set(m.get("review.dismissed", f.text()));
            check();
            marksChanged();
        }, this::fail);
    }

    /** Brings back the findings dismissed on this article. */
    public void undismissAll() {
        long id = editor.articleId();
        if (id != 0) {
            runner.submit("restore findings", () -> service.undismissAll(id), n -> {
                message.set(m.get("review.undismissed", n));
                check();
                marksChanged();
            }, this::fail);
        }
    }

    // ---- notes ---------------------------------------------------------------------------------

    public void addNote(int paragraph, String anchor, String body) {
        long id = editor.articleId();
        if (id == 0) {
            return;
        }
        String who = who();
        runner.submit("add note", () -> service.addNote(id, paragraph, anchor, body, who), n -> {
            message.set(m.get("review.noteAdded"));
            refresh();
            marksChanged();
        }, this::fail);
    }

    public void resolve(Note n) {
        String who = who();
        runner.submit("resolve note", () -> service.resolve(n.id(), who), x -> {
            refresh();
            marksChanged();
        }, this::fail);
    }

    public void reopen(Note n) {
        runner.submit("reopen note", () -> service.reopen(n.id()), x -> {
            refresh();
            marksChanged();
        }, this::fail);
    }

    // ---- workflow ------------------------------------------------------------------------------

    public void submit() {
        transition("submit", service::submit);
    }

    public void approve() {
        transition("approve", service::approve);
    }

    /** Back to draft; the reason becomes an open note for the editor. */
    public void sendBack(String reason) {
        transition("send back", (id, who) -> service.sendBack(id, who, reason));
    }

    public void signOff(Round round, String comment) {
        long id = editor.articleId();
        if (id == 0) {
            return;
        }
        String who = who();
        editor.flush(() -> runner.submit("sign off", () -> {
            service.signOff(id, round, who, comment);
            return null;
        }, x -> {
            message.set(m.get("review.signedOff", ReviewService.roundName(round), who));
            refresh();
        }, this::fail));
    }

    @FunctionalInterface
    private interface Step {
        Article apply(long id, String who) throws Exception;
    }

    private void transition(String name, Step step) {
        long id = editor.articleId();
        if (id == 0) {
            return;
        }
        String who = who();
        editor.flush(() -> runner.submit(name, () -> step.apply(id, who), saved -> {
            // the editor takes the new stored article, and the record is read again from there
            editor.statusChanged(saved);
            message.set(m.get("review.statusNow", m.get("status." + saved.status().code())));
            marksChanged();
        }, this::fail));
    }

    // ---- revisions -----------------------------------------------------------------------------

    /** Compares two revisions in the background; {@code then} gets the comparison for the preview. */
    public void compare(Revision a, Revision b, TextDiff.Granularity g, Consumer<ReviewService.Comparison> then) {
        runner.submit("compare revisions", () -> ReviewService.compare(a, b, g), then, this::fail);
    }

    /** Puts a revision's words back in the editor (recorded as a revision and on the review record). */
    public void restore(Revision r) {
        long id = editor.articleId();
        if (id == 0 || r.articleId() != id) {
            return;
        }
        String who = who();
        editor.flush(() -> runner.submit("restore revision", () -> service.restore(id, r.version(), who), restored -> {
            editor.reload(restored);
            message.set(m.get("review.restored", r.version()));
        }, this::fail));
    }

    // ---- the review sheet and the desk's lists ---------------------------------------------------

    /** Writes the review sheet (审校单) of the open article to {@code file}. */
    public void exportSheet(Path file) {
        long id = editor.articleId();
        if (id == 0) {
            return;
        }
        String who = who();
        editor.flush(() -> runner.submit("review sheet", () -> {
            String html = service.reviewSheet(id, who, clock.instant(), clock.getZone());
            AtomicFiles.write(file, html.getBytes(StandardCharsets.UTF_8));
            return file;
        }, f -> message.set(m.get("review.sheetWritten", f)), this::fail));
    }

    /** The rules in the order they run, and those the desk switched off. */
    public record RuleState(List<String> rules, Set<String> disabled) {
    }

    public void loadRules(Consumer<RuleState> then) {
        runner.submit("rule settings", () -> new RuleState(service.ruleIds(), service.disabledRules()), then, this::fail);
    }

    /** The word lists as the desk edits them. */
    public void loadWordLists(Consumer<Map<WordLists.Kind, String>> then) {
        runner.submit("word lists", service::wordListTexts, then, this::fail);
    }

    /** Switches a rule on or off for the desk, and checks again. */
    public void setRuleEnabled(String rule, boolean enabled) {
        runner.submit("rule setting", () -> {
            service.setRuleEnabled(rule, enabled);
            return null;
        }, x -> {
            check();
            marksChanged();
        }, this::fail);
    }

    /** Stores a word list; {@code then} gets the lines that could not be used. */
    public void saveWordList(WordLists.Kind kind, String text, Consumer<List<WordLists.Problem>> then) {
        runner.submit("save word list", () -> service.saveWordList(kind, text), problems -> {
            then.accept(problems);
            check();
            marksChanged();
        }, this::fail);
    }

    private void fail(Throwable t) {
        message.set(Errors.message(t));
    }
}
