package org.copydesk.ui.editor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.copydesk.domain.Article;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.Status;
import org.copydesk.l10n.Messages;
import org.copydesk.render.Images;
import org.copydesk.render.PasteCleaner;
import org.copydesk.domain.Script;
import org.copydesk.text.clean.Cleaner;
import org.copydesk.render.Sanitizer;
import org.copydesk.storage.ArticleRepository;
import org.copydesk.storage.KeywordUse;
import org.copydesk.text.BodyText;
import org.copydesk.ui.fx.Cancellable;
import org.copydesk.ui.fx.Debouncer;
import org.copydesk.ui.fx.Errors;
import org.copydesk.ui.fx.TaskRunner;

/**
 * The open draft: its fields as properties, the counts under it, and autosave. Every change is
 * saved in the background a moment after typing pauses, and at least every {@link #MAX_WAIT} while
 * typing goes on, so a crash loses at most the last couple of seconds. Saves of one draft never
 * overlap: a change made during a save is saved right after it.
 */
public final class EditorViewModel {

    /** Quiet time after the last keystroke before saving. */
    public static final Duration QUIET = Duration.ofMillis(700);
    /** Longest a change waits while typing continues. */
    public static final Duration MAX_WAIT = Duration.ofMillis(1500);

    private final ArticleRepository articles;
    private final TaskRunner runner;
    private final Clock clock;
    private final Cleaner cleaner;
    private final Path imageCache;

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty subtitle = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty channel = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty author = new SimpleStringProperty("");
    private final StringProperty editor = new SimpleStringProperty("");
    private final ObjectProperty<LocalDateTime> publishedAt = new SimpleObjectProperty<>();
    private final ObservableList<String> keywords = FXCollections.observableArrayList();
    private final StringProperty bodyHtml = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.DRAFT);

    private final ReadOnlyObjectWrapper<Article> stored = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.NONE);
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper reloads = new ReadOnlyLongWrapper();
    private final IntegerProperty characters = new SimpleIntegerProperty();
    private final IntegerProperty paragraphs = new SimpleIntegerProperty();
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final ObservableList<String> knownKeywords = FXCollections.observableArrayList();
    private final StringProperty notice = new SimpleStringProperty("");

    private final Debouncer autosave;
    private final Debouncer counter;
    private boolean populating;
    private boolean saving;
    private boolean saveAgain;
    private Runnable afterSave;
    private Cancellable pendingStats = Cancellable.NONE;
    private Consumer<Article> onSaved = a -> { };

    public EditorViewModel(ArticleRepository articles, TaskRunner runner, Clock clock, Script script, Path imageCache) {
        this.articles = articles;
        this.runner = runner;
        this.clock = clock;
        this.cleaner = new Cleaner(script);
        this.imageCache = imageCache;
        this.autosave = new Debouncer(runner, QUIET, MAX_WAIT, () -> save(false, null));
        this.counter = new Debouncer(runner, Duration.ofMillis(250), Duration.ofSeconds(1), this::count);
        // change listeners, not invalidation listeners: those go quiet until someone reads the value
        for (javafx.beans.value.ObservableValue<?> o : List.<javafx.beans.value.ObservableValue<?>>of(
                title, subtitle, summary, channel, source, author, editor, publishedAt, bodyHtml)) {
            o.addListener((obs, was, now) -> changed());
        }
        keywords.addListener((javafx.collections.ListChangeListener<String>) c -> changed());
        bodyHtml.addListener((obs, was, now) -> {
            if (!populating) {
                counter.trigger();
            }
        });
    }

    // ---- properties ------------------------------------------------------------------------

    public StringProperty titleProperty() { return title; }
    public StringProperty subtitleProperty() { return subtitle; }
    public StringProperty summaryProperty() { return summary; }
    public StringProperty channelProperty() { return channel; }
    public StringProperty sourceProperty() { return source; }
    public StringProperty authorProperty() { return author; }
    public StringProperty editorProperty() { return editor; }
    public ObjectProperty<LocalDateTime> publishedAtProperty() { return publishedAt; }
    public ObservableList<String> keywords() { return keywords; }
    public StringProperty bodyHtmlProperty() { return bodyHtml; }
    public ReadOnlyObjectProperty<Status> statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Article> storedProperty() { return stored.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<SaveState> saveStateProperty() { return saveState.getReadOnlyProperty(); }
    /** Counts every edit; the preview listens to it. */
    public ReadOnlyLongProperty changesProperty() { return changes.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty charactersProperty() { return characters; }
    public ReadOnlyIntegerProperty paragraphsProperty() { return paragraphs; }
    public ReadOnlyBooleanProperty editableProperty() { return editable; }
    /** Keywords already used on the desk, most used first, for autocompletion. */
    public ObservableList<String> knownKeywords() { return knownKeywords; }

    /** A one-line message about the last thing that went wrong outside saving (a bad image, say). */
    public StringProperty noticeProperty() { return notice; }

    public void setOnSaved(Consumer<Article> onSaved) {
        this.onSaved = onSaved;
    }

    public long articleId() {
        Article a = stored.get();
        return a == null ? 0 : a.id();
    }

    // ---- loading -----------------------------------------------------------------------------

    /** Shows a stored article; whatever was open is saved first. */
    public void open(long id) {
        if (id == articleId()) {
            return;
        }
        flush(() -> runner.submit("open article", () -> articles.get(id), this::show, this::fail));
    }

    /** Fills the fields from a stored article without counting that as a change. */
    public void show(Article a) {
        autosave.cancel();
        populating = true;
        try {
            title.set(a.title());
            subtitle.set(a.subtitle());
            summary.set(a.summary());
            channel.set(a.channel());
            source.set(a.source());
            author.set(a.author());
            editor.set(a.editor());
            publishedAt.set(a.publishedAt());
            keywords.setAll(a.keywords());
            bodyHtml.set(a.bodyHtml());
            status.set(a.status());
            stored.set(a);
        } finally {
            populating = false;
        }
        editable.set(true);
        cacheImages(a.id());
        saveState.set(a.updatedAt() == null ? SaveState.NONE : SaveState.saved(localTime(a)));
        changes.set(changes.get() + 1);
        count();
        refreshKnownKeywords();
    }

    /** Empties the editor (no article open). */
    public void clear() {
        autosave.cancel();
        populating = true;
        try {
            stored.set(null);
            for (StringProperty p : List.of(title, subtitle, summary, channel, source, author, editor, bodyHtml)) {
                p.set("");
            }
            publishedAt.set(null);
            keywords.clear();
        } finally {
            populating = false;
        }
        editable.set(false);
        saveState.set(SaveState.NONE);
        changes.set(changes.get() + 1);
        count();
    }

    private LocalTime localTime(Article a) {
        return a.updatedAt().atZone(clock.getZone()).toLocalTime().withNano(0);
    }

    // ---- changes and saving --------------------------------------------------------------------

    private void changed() {
        if (populating || stored.get() == null) {
            return;
        }
        changes.set(changes.get() + 1);
        if (saveState.get().kind() != SaveState.Kind.SAVING) {
            saveState.set(new SaveState(SaveState.Kind.CHANGED, null, ""));
        }
        autosave.trigger();
    }

    /** The draft as it stands in the editor, body not yet sanitised. */
    public Article current() {
        Article base = stored.get();
        Article.Builder b = base == null ? new Article.Builder() : base.toBuilder();
        return b.title(title.get().strip())
                .subtitle(subtitle.get().strip())
                .summary(summary.get().strip())
                .channel(channel.get())
                .source(source.get().strip())
                .author(author.get().strip())
                .editor(editor.get().strip())
                .publishedAt(publishedAt.get())
                .keywords(List.copyOf(keywords))
                .bodyHtml(bodyHtml.get())
                .status(status.get())
                .build();
    }

    /** Ctrl+S: saves now and keeps a revision. */
    public void saveRevision() {
        autosave.cancel();
        save(true, null);
    }

    /** Saves any pending change now, then runs {@code then} (also when there was nothing to save). */
    public void flush(Runnable then) {
        if (autosave.isPending()) {
            autosave.cancel();
            save(false, then);
        } else if (saving) {
            Runnable previous = afterSave;
            afterSave = () -> {
                if (previous != null) {
                    previous.run();
                }
                then.run();
            };
        } else {
            then.run();
        }
    }

    /** True while a change has not reached the database. */
    public boolean hasUnsavedChanges() {
        return autosave.isPending() || saving;
    }

    private void save(boolean revision, Runnable then) {
        if (stored.get() == null) {
            if (then != null) {
                then.run();
            }
            return;
        }
        if (saving) {
            saveAgain = true;
            if (then != null) {
                Runnable previous = afterSave;
                afterSave = previous == null ? then : () -> {
                    previous.run();
                    then.run();
                };
            }
            pendingRevision |= revision;
            return;
        }
        Article snapshot = current();
        String reason = "save";
        saving = true;
        afterSave = then;
        saveState.set(new SaveState(SaveState.Kind.SAVING, null, ""));
        runner.submit("save article", () -> {
            Article clean = snapshot.toBuilder().bodyHtml(Sanitizer.clean(snapshot.bodyHtml())).build();
            return revision ? articles.saveRevision(clean, reason) : articles.saveWorkingCopy(clean);
        }, saved -> finishSave(saved, null), t -> finishSave(null, t));
    }

    private boolean pendingRevision;

    private void finishSave(Article saved, Throwable failure) {
        saving = false;
        if (saved != null) {
            if (stored.get() != null && stored.get().id() == saved.id()) {
                stored.set(saved);
                if (saved.status() != status.get()) {
                    // an approved article that changed went back to review
                    status.set(saved.status());
                    notice.set(Messages.get().get("editor.reopened", Messages.get().get("status." + saved.status().code())));
                }
            }
            saveState.set(SaveState.saved(localTime(saved)));
            onSaved.accept(saved);
        } else {
            saveState.set(SaveState.failed(Errors.message(failure)));
        }
        Runnable then = afterSave;
        afterSave = null;
        if (saveAgain) {
            saveAgain = false;
            boolean revision = pendingRevision;
            pendingRevision = false;
            save(revision, then);
        } else if (then != null) {
            then.run();
        }
        if (autosave.isPending() && !saving) {
            saveState.set(new SaveState(SaveState.Kind.CHANGED, null, ""));
        }
    }

    // ---- status, images, keywords ----------------------------------------------------------------

    /**
     * The stored article changed outside the editor (a review step moved it to another status): the
     * editor takes the new status and version without touching what is being typed.
     */
    public void statusChanged(Article saved) {
        Article a = stored.get();
        if (a == null || a.id() != saved.id()) {
            return;
        }
        stored.set(a.toBuilder().status(saved.status()).version(saved.version()).updatedAt(saved.updatedAt()).build());
        status.set(saved.status());
        onSaved.accept(saved);
    }

    /** Shows a new stored version of the open article (a revision restored), body included. */
    public void reload(Article a) {
        show(a);
        reloads.set(reloads.get() + 1);
        onSaved.accept(a);
    }

    public ReadOnlyLongProperty reloadsProperty() {
        return reloads.getReadOnlyProperty();
    }

    /**
     * Replaces {@code expected} at [start, end) of a field with {@code replacement} (a proofreading
     * fix); false when the field no longer has that text there.
     */
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

    /** The property of a text field by its name in a finding (title, subtitle, summary, source, author, editor), or null. */
    public StringProperty textField(String field) {
        return switch (field) {
            case "title" -> title;
            case "subtitle" -> subtitle;
            case "summary" -> summary;
            case "source" -> source;
            case "author" -> author;
            case "editor" -> editor;
            default -> null;
        };
    }

    /**
     * Stores an image file with the draft; {@code then} gets the name the body refers to it by.
     * A file that is not an image is refused with a message.
     */
    public void addImage(Path file, Consumer<ImageAsset> then) {
        Article a = stored.get();
        if (a == null) {
            return;
        }
        runner.submit("add image", () -> {
            ImageAsset img = Images.read(file);
            keep(a.id(), img);
            return img;
        }, then, this::fail);
    }

    /** Stores an image with the article and puts it where the editor's page can show it at once. */
    private void keep(long articleId, ImageAsset img) throws java.io.IOException {
        articles.putImage(articleId, img);
        cache(articleId, img);
    }

    /** Writes an image where the body editor's page finds it, unless it is there already. */
    private void cache(long articleId, ImageAsset img) throws java.io.IOException {
        Path target = imageCache.resolve("images").resolve(Long.toString(articleId)).resolve(img.name());
        if (!java.nio.file.Files.exists(target)) {
            java.nio.file.Files.createDirectories(target.getParent());
            java.nio.file.Files.write(target, img.data());
        }
    }

    /** Makes sure the open article's images are where the body editor looks for them. */
    public void cacheImages(long articleId) {
        runner.submit("cache images", () -> {
            for (ImageAsset img : articles.images(articleId)) {
                cache(articleId, img);
            }
            return articleId;
        }, id -> { }, this::fail);
    }

    /**
     * A paste into the body: HTML (from a browser or Word), else plain text, else a picture, goes
     * through the sanitizer and the cleaning in the background; {@code insert} gets the clean markup.
     * Pictures in the paste are stored with the article.
     */
    public void paste(String html, String text, java.util.function.Supplier<byte[]> picture, Consumer<String> insert) {
        Article a = stored.get();
        if (a == null) {
            return;
        }
        runner.submit("clean paste", () -> {
            PasteCleaner.Paste p;
            if (html != null && !html.isBlank()) {
                p = PasteCleaner.fromHtml(html, cleaner);
            } else if (text != null && !text.isBlank()) {
                p = PasteCleaner.fromText(text, cleaner);
            } else {
                byte[] png = picture.get();
                if (png == null) {
                    return null;
                }
                p = PasteCleaner.fromImage(png);
            }
            for (ImageAsset img : p.images()) {
                keep(a.id(), img);
            }
            return p;
        }, p -> {
            if (p == null) {
                return;
            }
            insert.accept(p.html());
            int changes = p.report().counts().values().stream().mapToInt(Integer::intValue).sum();
            if (changes > 0) {
                notice.set(org.copydesk.l10n.Messages.get().get("editor.pasteCleaned", changes));
            }
        }, this::fail);
    }

    public void addKeyword(String word) {
        String w = word == null ? "" : word.strip();
        if (!w.isEmpty() && !keywords.contains(w)) {
            keywords.add(w);
        }
    }

    /** Reloads the desk's keywords for completion (after the vocabulary changed). */
    public void refreshKnownKeywords() {
        runner.submit("keyword uses", articles::keywordUses,
                uses -> knownKeywords.setAll(uses.stream().map(KeywordUse::word).toList()), this::fail);
    }

    private void count() {
        String html = bodyHtml.get();
        pendingStats.cancel();
        pendingStats = runner.submit("count", () -> BodyText.stats(html), s -> {
            characters.set(s.characters());
            paragraphs.set(s.paragraphs());
        }, this::fail);
    }

    private void fail(Throwable t) {
        notice.set(Errors.message(t));
    }
}
