package org.copydesk.ui.shell;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.copydesk.domain.Article;
import org.copydesk.l10n.Messages;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.copydesk.service.ExportService;
import org.copydesk.service.ReviewService;
import org.copydesk.ui.drafts.DraftListViewModel;
import org.copydesk.ui.editor.EditorViewModel;
import org.copydesk.ui.editor.SaveState;
import org.copydesk.ui.fx.Errors;
import org.copydesk.ui.fx.TaskRunner;
import org.copydesk.ui.preview.PreviewViewModel;

/**
 * Ties the window's parts together: selecting a draft opens it, every edit refreshes the preview,
 * every save updates the list, and the menu's commands (new, duplicate, delete, save, export) run
 * here, off the FX thread where they touch the database or the disk.
 */
public final class ShellViewModel {

    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final DraftListViewModel drafts;
    private final EditorViewModel editor;
    private final PreviewViewModel preview;
    private final Supplier<ExportService> exports;
    private final Supplier<org.copydesk.service.ImportService> imports;
    private final Supplier<ReviewService> reviews;
    private final Supplier<String> who;
    private final TaskRunner runner;
    private final StringProperty message = new SimpleStringProperty("");
    private final Messages m = Messages.get();

    /**
     * @param who the name recorded with exports and review steps
     */
    public ShellViewModel(DraftListViewModel drafts, EditorViewModel editor, PreviewViewModel preview,
                          Supplier<ExportService> exports, Supplier<org.copydesk.service.ImportService> imports,
                          Supplier<ReviewService> reviews, Supplier<String> who, TaskRunner runner) {
        this.drafts = drafts;
        this.editor = editor;
        this.preview = preview;
        this.exports = exports;
        this.imports = imports;
        this.reviews = reviews;
        this.who = who;
        this.runner = runner;
        drafts.selectedIdProperty().addListener((o, a, b) -> {
            long id = b.longValue();
            if (id == 0) {
                editor.flush(editor::clear);
            } else if (id != editor.articleId()) {
                editor.open(id);
            }
        });
        editor.changesProperty().addListener((o, a, b) -> preview.changed());
        editor.storedProperty().addListener((o, was, now) -> {
            if (now != null && (was == null || was.id() != now.id())) {
                preview.refreshNow();
            }
        });
        editor.setOnSaved(a -> {
            drafts.upsert(DraftListViewModel.summary(a));
            savedListeners.forEach(l -> l.accept(a));
        });
        drafts.messageProperty().addListener((o, a, b) -> message.set(b));
        editor.noticeProperty().addListener((o, a, b) -> message.set(b));
        preview.messageProperty().addListener((o, a, b) -> {
            if (!b.isEmpty()) {
                message.set(b);
            }
        });
    }

    private final List<java.util.function.Consumer<Article>> savedListeners = new java.util.ArrayList<>();
    private java.util.function.LongConsumer deletedListener = id -> { };

    /** Tells {@code listener} of every save (the tagger learns from them). */
    public void onSaved(java.util.function.Consumer<Article> listener) {
        savedListeners.add(listener);
    }

    public void onDeleted(java.util.function.LongConsumer listener) {
        this.deletedListener = listener;
    }

    public DraftListViewModel drafts() {
        return drafts;
    }

    public EditorViewModel editor() {
        return editor;
    }

    public PreviewViewModel preview() {
        return preview;
    }

    /** The last message for the user (an export done, a failure). */
    public StringProperty messageProperty() {
        return message;
    }

    /** The save state as the status bar says it: 已保存 22:31:05. */
    public StringBinding saveText() {
        return Bindings.createStringBinding(() -> {
            SaveState s = editor.saveStateProperty().get();
            return switch (s.kind()) {
                case NONE -> "";
                case SAVED -> m.get("status.saved", SAVED_AT.format(s.at()));
                case CHANGED -> m.get("status.changed");
                case SAVING -> m.get("status.saving");
                case FAILED -> m.get("status.failed", s.message());
            };
        }, editor.saveStateProperty());
    }

    public StringBinding countText() {
        return Bindings.createStringBinding(
                () -> m.get("status.counts", editor.charactersProperty().get(), editor.paragraphsProperty().get()),
                editor.charactersProperty(), editor.paragraphsProperty());
    }

    public void newDraft() {
        editor.flush(() -> drafts.createNew(editor::show));
    }

    public void duplicate() {
        long id = editor.articleId();
        if (id != 0) {
            editor.flush(() -> drafts.duplicate(id, editor::show));
        }
    }

    public void delete() {
        long id = editor.articleId();
        if (id != 0) {
            editor.flush(() -> {
                drafts.delete(id);
                deletedListener.accept(id);
            });
        }
    }

    public void save() {
        editor.saveRevision();
    }

    /** Why an export was refused, for the window to ask whether to export anyway. */
    public record Refusal(Path dir, String reasons) {
    }

    private java.util.function.Consumer<Refusal> onRefused = r -> { };

    /** Called when the gate refuses an export (not approved, open notes, errors). */
    public void setOnRefused(java.util.function.Consumer<Refusal> onRefused) {
        this.onRefused = onRefused;
    }

    /**
     * Exports the open draft (page, stylesheet, images, indexes) into {@code dir} if it passed review;
     * with {@code anyway} (a reason) also if it did not, and the reason is recorded.
     */
    public void exportCurrent(Path dir, String anyway) {
        long id = editor.articleId();
        if (id == 0) {
            return;
        }
        String by = who.get();
        editor.flush(() -> runner.submit("export", () -> {
            ReviewService service = reviews.get();
            ReviewService.ExportOutcome done = service.export(exports.get(), List.of(id), dir, anyway, false, by);
            return new Exported(done.pages(), service.checkedArticle(id));
        }, done -> {
            message.set(m.get("export.done", dir.resolve(done.pages().get(0))));
            editor.statusChanged(done.article());
        }, t -> {
            if (t instanceof CopydeskException ce && ce.problem() == Problem.EXPORT_REFUSED) {
                message.set(Errors.message(t));
                onRefused.accept(new Refusal(dir, Errors.message(t)));
            } else {
                message.set(Errors.message(t));
            }
        }));
    }

    private record Exported(List<String> pages, Article article) {
    }

    /** A new import of files, to be shown in the import dialog. */
    public org.copydesk.ui.importing.ImportViewModel newImport() {
        return new org.copydesk.ui.importing.ImportViewModel(imports.get(), runner);
    }

    /** After an import: the list shows the new drafts and the first one opens. */
    public void imported(List<Article> stored) {
        drafts.reload();
        if (!stored.isEmpty()) {
            openArticle(stored.get(0).id());
        }
        message.set(m.get("import.stored", stored.size()));
    }

    /** Opens the article a preview link points at. */
    public void openArticle(long id) {
        drafts.selectedIdProperty().set(id);
        if (editor.articleId() != id) {
            editor.open(id);
        }
    }

    /** The draft currently in the editor, or null. */
    public Article current() {
        return editor.articleId() == 0 ? null : editor.current();
    }
}
