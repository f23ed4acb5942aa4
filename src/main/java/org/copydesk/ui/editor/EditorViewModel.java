package org.copydesk.ui.editor;

import java.util.Optional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleField;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.KeywordUse;
import org.copydesk.domain.MergeView;
import org.copydesk.domain.Problem;
import org.copydesk.domain.Status;
import org.copydesk.l10n.Messages;
import org.copydesk.l10n.Wording;
import org.copydesk.service.DraftService;
import org.copydesk.service.PreviewService;
import org.copydesk.ui.fx.Cancellable;
import org.copydesk.ui.fx.Debouncer;
import org.copydesk.ui.fx.Errors;
import org.copydesk.ui.fx.TaskRunner;
import org.copydesk.ui.session.OpenArticle;

/**
 * The open draft's form: a property per field ({@link ArticleField}), the counts under it, images and
 * pastes, and the draft's place in the shared {@link OpenArticle}. Every change is saved by
 * {@link Autosave} in the background a moment after typing pauses, so a crash loses at most the last
 * couple of seconds.
 */
public final class EditorViewModel implements OpenArticle.Editing {

    /** Quiet time after the last keystroke before saving. */
    public static final Duration QUIET = Duration.ofMillis(700);
    /** Longest a change waits while typing continues. */
    public static final Duration MAX_WAIT = Duration.ofMillis(1500);

    private final DraftService drafts;
    private final PreviewService preview;
    private final OpenArticle session;
    private final TaskRunner runner;
    private final Autosave autosave;

    private final Map<ArticleField, StringProperty> text = new EnumMap<>(ArticleField.class);
    private final ObjectProperty<LocalDateTime> publishedAt = new SimpleObjectProperty<>();
    private final ReadOnlyLongWrapper reloads = new ReadOnlyLongWrapper();
    private final IntegerProperty characters = new SimpleIntegerProperty();
    private final IntegerProperty paragraphs = new SimpleIntegerProperty();
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final ObservableList<String> knownKeywords = FXCollections.observableArrayList();
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<MergeView> editConflict = new SimpleObjectProperty<>();
    private Article mergeBase;
    private boolean serverAway;
    private final Debouncer counter;
    private boolean populating;
    private Cancellable pendingStats = Cancellable.NONE;
    private Consumer<Article> onSaved = a -> { };

    public EditorViewModel(DraftService drafts, PreviewService preview, OpenArticle session, TaskRunner runner, Clock clock) {
        this.drafts = drafts;
        this.preview = preview;
        this.session = session;
        this.runner = runner;
        session.attach(this);
        this.autosave = new Autosave(runner, clock, QUIET, MAX_WAIT, new Autosave.Target() {
            @Override
            public boolean open() {
                // nothing is written over another person's words until the places that met are settled
                return session.id() != 0 && editConflict.get() == null;
            }

            @Override
            public Article snapshot() {
                return draft();
            }

            @Override
            public Article store(Article a, boolean revision) {
                return revision ? drafts.saveRevision(a) : drafts.saveWorkingCopy(a);
            }

            @Override
            public void stored(Article saved) {
                saved(saved);
            }

            @Override
            public Duration failed(Throwable failure) {
                return EditorViewModel.this.failed(failure);
            }
        });
        this.counter = new Debouncer(runner, Duration.ofMillis(250), Duration.ofSeconds(1), this::count);
        for (ArticleField f : ArticleField.values()) {
            if (f.kind() != ArticleField.Kind.LIST && f.kind() != ArticleField.Kind.TIME) {
                StringProperty p = new SimpleStringProperty("");
                // change listeners, not invalidation listeners: those go quiet until someone reads the value
                p.addListener((obs, was, now) -> changed());
                text.put(f, p);
            }
        }
        publishedAt.addListener((obs, was, now) -> changed());
        session.keywords().addListener((ListChangeListener<String>) c -> changed());
        // an article someone else has open on a shared desk is read here, not written
        session.heldByProperty().addListener((o, a, b) -> editable.set(session.id() != 0 && b == null && !deskReadOnly));
        text.get(ArticleField.BODY).addListener((obs, was, now) -> {
            if (!populating) {
                counter.trigger();
            }
        });
    }

    // ---- properties ------------------------------------------------------------------------

    public StringProperty titleProperty() { return text.get(ArticleField.TITLE); }
    public StringProperty subtitleProperty() { return text.get(ArticleField.SUBTITLE); }
    public StringProperty summaryProperty() { return text.get(ArticleField.SUMMARY); }
    public StringProperty channelProperty() { return text.get(ArticleField.CHANNEL); }

    /** The length (字数) the article's channel asks for, or empty when it names none. */
    public java.util.Optional<org.copydesk.domain.Channel> channelLength() {
        return drafts.channel(channelProperty().get()).filter(org.copydesk.domain.Channel::hasLength);
    }
    public StringProperty sourceProperty() { return text.get(ArticleField.SOURCE); }
    /** The lead picture (题图): the name of one of the body's images, or empty. */
    public StringProperty leadImageProperty() { return text.get(ArticleField.LEAD_IMAGE); }
    public StringProperty authorProperty() { return text.get(ArticleField.AUTHOR); }
    public StringProperty editorProperty() { return text.get(ArticleField.EDITOR); }
    public ObjectProperty<LocalDateTime> publishedAtProperty() { return publishedAt; }
    public ObservableList<String> keywords() { return session.keywords(); }
    public StringProperty bodyHtmlProperty() { return text.get(ArticleField.BODY); }
    public ReadOnlyObjectProperty<Status> statusProperty() { return session.statusProperty(); }
    public ReadOnlyObjectProperty<Article> storedProperty() { return session.storedProperty(); }
    public ReadOnlyObjectProperty<SaveState> saveStateProperty() { return autosave.stateProperty(); }
    /** Counts every edit; the preview listens to it. */
    public ReadOnlyLongProperty changesProperty() { return session.changesProperty(); }
    public ReadOnlyIntegerProperty charactersProperty() { return characters; }
    public ReadOnlyIntegerProperty paragraphsProperty() { return paragraphs; }
    public ReadOnlyBooleanProperty editableProperty() { return editable; }
    /** Keywords already used on the desk, most used first, for autocompletion. */
    public ObservableList<String> knownKeywords() { return knownKeywords; }
    /** Counts restores: the body editor reloads its page when the body was replaced from outside. */
    public ReadOnlyLongProperty reloadsProperty() { return reloads.getReadOnlyProperty(); }

    /**
     * On a shared desk, an edit that met another person's changes to the same places: the places to
     * settle (null when there are none). {@link #settleEdit} saves the person's result.
     */
    public ReadOnlyObjectProperty<MergeView> editConflictProperty() { return editConflict; }

    /** A one-line message about the last thing that went wrong outside saving (a bad image, say). */
    public StringProperty noticeProperty() { return notice; }

    public void setOnSaved(Consumer<Article> onSaved) {
        this.onSaved = onSaved;
    }

    public long articleId() {
        return session.id();
    }

    // ---- loading -----------------------------------------------------------------------------

    /** Shows a stored article; whatever was open is saved first. */
    public void open(long id) {
        if (id == articleId()) {
            return;
        }
        flush(() -> runner.submit("open article", () -> drafts.get(id), this::show, this::fail));
    }

    /** Fills the fields from a stored article without counting that as a change. */
    public void show(Article a) {
        if (editConflict.get() != null && editConflict.get().articleId() != a.id()) {
            editConflict.set(null);
            mergeBase = null;
        }
        populating = true;
        try {
            for (Map.Entry<ArticleField, StringProperty> e : text.entrySet()) {
                e.getValue().set((String) e.getKey().get(a));
            }
            publishedAt.set(a.publishedAt());
            session.keywords().setAll(a.keywords());
            session.setStatus(a.status());
            session.setStored(a);
        } finally {
            populating = false;
        }
        autosave.reset(a);
        editable.set(session.heldByProperty().get() == null && !deskReadOnly);
        cacheImages(a.id());
        session.changed();
        count();
        refreshKnownKeywords();
    }

    private boolean deskReadOnly;

    /** The desk can be read, not written (its file is on a disc or a read-only mount): nothing is editable. */
    public void deskReadOnly() {
        deskReadOnly = true;
        editable.set(false);
    }

    /** Empties the editor (no article open). */
    public void clear() {
        populating = true;
        try {
            session.setStored(null);
            text.values().forEach(p -> p.set(""));
            publishedAt.set(null);
            session.keywords().clear();
        } finally {
            populating = false;
        }
        autosave.reset(null);
        editable.set(false);
        session.changed();
        count();
    }

    // ---- changes and saving --------------------------------------------------------------------

    private void changed() {
        if (populating || session.storedProperty().get() == null) {
            return;
        }
        session.changed();
        autosave.changed();
    }

    /** The draft as it stands in the editor, body not yet sanitised. */
    @Override
    public Article draft() {
        Article base = session.storedProperty().get();
        Article.Builder b = base == null ? new Article.Builder() : base.toBuilder();
        for (Map.Entry<ArticleField, StringProperty> e : text.entrySet()) {
            String v = e.getValue().get();
            e.getKey().set(b, e.getKey().kind() == ArticleField.Kind.TEXT ? v.strip() : v);
        }
        return b.publishedAt(publishedAt.get())
                .keywords(List.copyOf(session.keywords()))
                .status(session.statusProperty().get())
                .build();
    }

    /** The draft as it stands (the name tests and the window have always used). */
    public Article current() {
        return draft();
    }

    /** Ctrl+S: saves now and keeps a revision. */
    public void saveRevision() {
        autosave.saveRevision();
    }

    @Override
    public void flush(Runnable then) {
        if (editConflict.get() != null && session.id() != 0) {
            // leaving an edit that met another person's unsettled: it is kept as a draft beside the article
            Article mine = draft();
            editConflict.set(null);
            mergeBase = null;
            runner.submit("keep unsettled edit", () -> drafts.keepBeside(mine, Messages.get().get("shared.copySuffix")), copy -> {
                notice.set(Messages.get().get("shared.keptBeside", copy.title()));
                then.run();
            }, t -> {
                fail(t);
                then.run();
            });
            return;
        }
        autosave.flush(then);
    }

    /** True while a change has not reached the database. */
    @Override
    public boolean pending() {
        return autosave.pending();
    }

    /** True while a change has not reached the database. */
    public boolean hasUnsavedChanges() {
        return autosave.pending();
    }

    /**
     * A save that failed: another person's edit met this one (merged, or offered to settle), or the
     * server is away (try again in a few seconds; the draft is kept on this computer meanwhile).
     */
    private Duration failed(Throwable failure) {
        if (failure instanceof CopydeskException ce && ce.problem() == Problem.EDIT_CONFLICT && editConflict.get() == null) {
            Article base = session.storedProperty().get();
            Article mine = draft();
            runner.submit("merge edit", () -> drafts.mergeEdit(base, mine), m -> met(base, mine, m, String.valueOf(ce.args()[1])), this::fail);
            return null;
        }
        if (failure instanceof CopydeskException ce && ce.problem() == Problem.SERVER_UNREACHABLE) {
            notice.set(Messages.get().get("shared.serverAway"));
            serverAway = true;
            return RETRY;
        }
        return null;
    }

    /**
     * The merge of an edit with another person's is ready. A clean one becomes the editor's text over
     * their version, with anything typed meanwhile carried onto it, and autosave stores it as it
     * stores typing (refused again if a third edit came first). Otherwise the places to settle are
     * offered, and nothing is written until they are.
     */
    private void met(Article base, Article mine, DraftService.EditMerge m, String who) {
        if (session.id() != mine.id()) {
            return;
        }
        Article now = draft();
        Optional<Article> merged = !m.clean() ? Optional.empty()
                : sameWords(now, mine) ? Optional.of(m.merged()) : drafts.replay(mine, now, m.merged());
        if (merged.isPresent()) {
            show(m.theirs());
            fill(merged.get());
            notice.set(Messages.get().get("shared.changedBy", who));
            return;
        }
        mergeBase = base;
        if (!m.clean() && sameWords(now, mine)) {
            editConflict.set(m.view());
            return;
        }
        runner.submit("merge edit", () -> drafts.mergeEdit(base, now), again -> {
            if (again.clean()) {
                met(base, now, again, who);
            } else {
                editConflict.set(again.view());
            }
        }, this::fail);
    }

    /** How long to wait before trying a save again while the server is away. */
    static final Duration RETRY = Duration.ofSeconds(5);

    private static boolean sameWords(Article a, Article b) {
        for (ArticleField f : ArticleField.values()) {
            if (!java.util.Objects.equals(f.get(a), f.get(b))) {
                return false;
            }
        }
        return java.util.Objects.equals(a.publishedAt(), b.publishedAt());
    }

    /** Puts an article's words in the fields as an edit (saved like typing). */
    private void fill(Article a) {
        for (Map.Entry<ArticleField, StringProperty> e : text.entrySet()) {
            e.getValue().set((String) e.getKey().get(a));
        }
        session.keywords().setAll(a.keywords());
        publishedAt.set(a.publishedAt());
        reloads.set(reloads.get() + 1);
    }

    /** Saves the person's settlement of an edit that met another person's (by {@link MergeView.Part#key()}). */
    public void settleEdit(java.util.Map<String, String> results) {
        Article base = mergeBase;
        Article mine = draft();
        editConflict.set(null);
        if (base == null) {
            return;
        }
        runner.submit("settle edit", () -> drafts.resolveEdit(base, mine, results), saved -> {
            mergeBase = null;
            show(saved);
        }, this::fail);
    }

    private void saved(Article saved) {
        if (serverAway) {
            serverAway = false;
            notice.set(Messages.get().get("shared.serverBack"));
        }
        if (session.id() == saved.id()) {
            session.setStored(saved);
            if (saved.status() != session.statusProperty().get()) {
                // an approved article that changed went back to review
                session.setStatus(saved.status());
                notice.set(Messages.get().get("editor.reopened", Wording.status(saved.status())));
            }
        }
        onSaved.accept(saved);
    }

    // ---- what review and the tagger ask of the editor -----------------------------------------------

    @Override
    public void statusChanged(Article saved) {
        Article a = session.storedProperty().get();
        if (a == null || a.id() != saved.id()) {
            return;
        }
        session.setStored(a.toBuilder().status(saved.status()).version(saved.version()).updatedAt(saved.updatedAt()).build());
        session.setStatus(saved.status());
        onSaved.accept(saved);
    }

    @Override
    public void reload(Article a) {
        show(a);
        reloads.set(reloads.get() + 1);
        onSaved.accept(a);
    }

    @Override
    public boolean replaceInField(String field, int start, int end, String expected, String replacement) {
        int[] at = placeInField(field, start, end, expected);
        if (at == null) {
            return false;
        }
        StringProperty p = textField(field);
        p.set(p.get().substring(0, at[0]) + replacement + p.get().substring(at[1]));
        return true;
    }

    /**
     * Where characters [start, end) of a field, as a proofreading check counts them (the field
     * stripped), are in the field's text now; null when {@code expected} is no longer there (or the
     * field is not a text field).
     */
    public int[] placeInField(String field, int start, int end, String expected) {
        StringProperty p = textField(field);
        if (p == null) {
            return null;
        }
        String value = p.get();
        int lead = value.length() - value.stripLeading().length();
        int from = start + lead;
        int to = end + lead;
        if (from < 0 || to > value.length() || !value.substring(from, to).equals(expected)) {
            return null;
        }
        return new int[] {from, to};
    }

    /** The property of a one-line text field by its name in a finding (title, subtitle, …), or null. */
    public StringProperty textField(String field) {
        ArticleField f = ArticleField.byKey(field);
        return f != null && f.kind() == ArticleField.Kind.TEXT ? text.get(f) : null;
    }

    @Override
    public void setChannel(String name) {
        channelProperty().set(name);
    }

    @Override
    public void addKeyword(String word) {
        String w = word == null ? "" : word.strip();
        if (!w.isEmpty() && !session.keywords().contains(w)) {
            session.keywords().add(w);
        }
    }

    // ---- images, pastes, keywords, counts ------------------------------------------------------

    /**
     * Stores an image file with the draft; {@code then} gets the image the body refers to by name.
     * A file that is not an image is refused with a message.
     */
    public void addImage(Path file, Consumer<ImageAsset> then) {
        long id = articleId();
        if (id == 0) {
            return;
        }
        runner.submit("add image", () -> {
            ImageAsset img = drafts.addImage(id, file);
            preview.cacheImage(id, img);
            return img;
        }, img -> {
            then.accept(img);
            leadIfNone(img);
        }, this::fail);
    }

    /** The first picture put into an article without a lead picture becomes its lead (题图); the editor may choose another. */
    private void leadIfNone(ImageAsset img) {
        if (leadImageProperty().get().isEmpty()) {
            leadImageProperty().set(img.name());
        }
    }

    /**
     * Downloads an image the body shows from another site and stores it with the draft, in the
     * background; {@code then} gets the stored image. Offline or refused: a message, nothing changed.
     */
    public void fetchImage(String src, Consumer<ImageAsset> then) {
        long id = articleId();
        if (id == 0) {
            return;
        }
        runner.submit("fetch image", () -> {
            ImageAsset img = drafts.fetchImage(id, src);
            preview.cacheImage(id, img);
            return img;
        }, then, this::fail);
    }

    /** Makes sure the open article's images are where the body editor looks for them. */
    public void cacheImages(long articleId) {
        runner.submit("cache images", () -> {
            preview.cacheImages(articleId);
            return articleId;
        }, id -> { }, this::fail);
    }

    /**
     * A paste into the body: HTML (from a browser or Word), else plain text, else a picture, cleaned
     * and sanitised in the background; {@code insert} gets the clean markup. Pictures are stored.
     */
    public void paste(String html, String plain, Supplier<byte[]> picture, Consumer<String> insert) {
        long id = articleId();
        if (id == 0) {
            return;
        }
        runner.submit("clean paste", () -> {
            var pasted = drafts.paste(id, html, plain, picture);
            pasted.ifPresent(p -> p.images().forEach(img -> preview.cacheImage(id, img)));
            return pasted;
        }, pasted -> pasted.ifPresent(p -> {
            insert.accept(p.html());
            p.images().stream().findFirst().ifPresent(this::leadIfNone);
            if (p.changes() > 0) {
                notice.set(Messages.get().get("editor.pasteCleaned", p.changes()));
            }
        }), this::fail);
    }

    /** A link address the body may carry, or null. */
    public String safeLink(String href) {
        return DraftService.safeLink(href);
    }

    /** Reloads the desk's keywords for completion (after the vocabulary changed). */
    public void refreshKnownKeywords() {
        runner.submit("keyword uses", drafts::keywordUses,
                uses -> knownKeywords.setAll(uses.stream().map(KeywordUse::word).toList()), this::fail);
    }

    private void count() {
        String html = bodyHtmlProperty().get();
        pendingStats.cancel();
        pendingStats = runner.submit("count", () -> DraftService.stats(html), s -> {
            characters.set(s.characters());
            paragraphs.set(s.paragraphs());
        }, this::fail);
    }

    private void fail(Throwable t) {
        notice.set(Errors.message(t));
    }
}
