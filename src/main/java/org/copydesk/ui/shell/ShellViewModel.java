package org.copydesk.ui.shell;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.copydesk.domain.Article;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.copydesk.domain.Receipt;
import org.copydesk.l10n.Messages;
import org.copydesk.service.ImportService;
import org.copydesk.service.PublishService;
import org.copydesk.ui.publishing.PublishViewModel;
import org.copydesk.ui.drafts.DraftListViewModel;
import org.copydesk.ui.editor.EditorViewModel;
import org.copydesk.ui.editor.SaveState;
import org.copydesk.ui.exchange.ExchangeViewModel;
import org.copydesk.ui.fx.Dialogs;
import org.copydesk.ui.fx.Errors;
import org.copydesk.ui.fx.TaskRunner;
import org.copydesk.ui.importing.ImportViewModel;
import org.copydesk.ui.preview.PreviewViewModel;

/**
 * Ties the window's parts together: selecting a draft opens it, every save updates the list, and the
 * menu's commands (new, duplicate, delete, save, export, import) run here, off the FX thread where
 * they touch the database or the disk.
 */
public final class ShellViewModel {

    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final DraftListViewModel drafts;
    private final EditorViewModel editor;
    private final PreviewViewModel preview;
    private final PublishService publishing;
    private final ImportService imports;
    private final ExchangeViewModel exchange;
    private final Supplier<String> who;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty signer = new SimpleStringProperty("");
    private final javafx.beans.property.ObjectProperty<Path> exportedPage = new javafx.beans.property.SimpleObjectProperty<>();
    private final Messages m = Messages.get();
    private final List<Consumer<Article>> savedListeners = new ArrayList<>();
    private LongConsumer deletedListener = id -> { };

    /**
     * @param who the name recorded with exports and review steps
     */
    public ShellViewModel(DraftListViewModel drafts, EditorViewModel editor, PreviewViewModel preview, PublishService publishing,
                          ImportService imports, ExchangeViewModel exchange, Supplier<String> who, TaskRunner runner,
                          Dialogs dialogs) {
        this.drafts = drafts;
        this.editor = editor;
        this.preview = preview;
        this.publishing = publishing;
        this.imports = imports;
        this.exchange = exchange;
        this.who = who;
        this.runner = runner;
        this.dialogs = dialogs;
        drafts.selectedIdProperty().addListener((o, a, b) -> {
            long id = b.longValue();
            if (id == 0) {
                editor.flush(editor::clear);
            } else if (id != editor.articleId()) {
                editor.open(id);
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
        exchange.messageProperty().addListener((o, a, b) -> message.set(b));
    }

    public ExchangeViewModel exchange() {
        return exchange;
    }

    /** Receives packages from other desks; the list shows what came and the first article opens. */
    public void receive(List<Path> files) {
        exchange.receive(files, receipts -> {
            drafts.reload();
            if (!receipts.isEmpty() && receipts.get(0).id() != editor.articleId()) {
                openArticle(receipts.get(0).id());
            }
        });
    }

    /** Tells {@code listener} of every save (the tagger learns from them). */
    public void onSaved(Consumer<Article> listener) {
        savedListeners.add(listener);
    }

    public void onDeleted(LongConsumer listener) {
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
    /** The page the last export of the open article wrote (the notice offers to open it or its folder); null when dismissed. */
    public javafx.beans.property.ObjectProperty<Path> exportedPageProperty() {
        return exportedPage;
    }

    /** The name review work is signed with (notes, rounds, approvals, packages), shown in the status bar; empty until given. */
    public StringProperty signerProperty() {
        return signer;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The save state as the status bar says it: 已保存 22:31:05. */
    public StringBinding saveText() {
        return Bindings.createStringBinding(() -> {
            SaveState s = editor.saveStateProperty().get();
            return switch (s.kind()) {
                case NONE -> "";
                case SAVED -> s.version() > 0 ? m.get("status.kept", s.version(), SAVED_AT.format(s.at()))
                        : m.get("status.saved", SAVED_AT.format(s.at()));
                case CHANGED -> m.get("status.changed");
                case SAVING -> m.get("status.saving");
                case FAILED -> m.get("status.failed", s.message());
            };
        }, editor.saveStateProperty());
    }

    public StringBinding countText() {
        return Bindings.createStringBinding(() -> {
            int n = editor.charactersProperty().get();
            String counts = m.get("status.counts", n, editor.paragraphsProperty().get());
            return editor.channelLength().map(c -> counts + m.get(c.outsideLength(n) ? "status.lengthOutside" : "status.length",
                    c.minLength(), c.maxLength() > 0 ? c.maxLength() : "∞", c.name())).orElse(counts);
        }, editor.charactersProperty(), editor.paragraphsProperty(), editor.channelProperty());
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

    /** Asks, then moves the open draft to the bin (the undo bar can bring it back). */
    public void delete() {
        Article a = current();
        if (a == null) {
            return;
        }
        String title = a.title().isBlank() ? m.get("drafts.untitled") : a.title();
        if (!dialogs.confirm(m.get("menu.delete"), m.get("drafts.confirmDelete", title))) {
            return;
        }
        long id = a.id();
        editor.flush(() -> {
            drafts.delete(id);
            deletedListener.accept(id);
        });
    }

    public void save() {
        editor.saveRevision();
    }

    /**
     * Exports the open draft (page, stylesheet, images, indexes) into {@code dir} if it passed review;
     * if it did not, says why and asks whether to export anyway, with a reason that is recorded.
     */
    public void exportCurrent(Path dir) {
        export(dir, null);
    }

    /**
     * Ctrl+E: the gate first, in the background; a folder is asked for ({@code chooseFolder}, null
     * when the person cancels) only for an article that may go out, or that goes out anyway with a
     * reason. A refusal is never a surprise after choosing where to put the page.
     */
    public void exportCurrent(java.util.function.Supplier<Path> chooseFolder) {
        long id = editor.articleId();
        if (id == 0) {
            return;
        }
        editor.flush(() -> runner.submit("export gate", () -> publishing.refusal(id), refusal -> {
            if (refusal.isEmpty()) {
                Path dir = chooseFolder.get();
                if (dir != null) {
                    export(dir, null);
                }
                return;
            }
            anywayReason(refusal.get()).ifPresent(reason -> {
                        Path dir = chooseFolder.get();
                        if (dir != null) {
                            export(dir, reason);
                        }
                    });
        }, t -> message.set(Errors.message(t))));
    }

    private void export(Path dir, String anyway) {
        long id = editor.articleId();
        if (id == 0) {
            return;
        }
        String by = who.get();
        editor.flush(() -> runner.submit("export", () -> {
            PublishService.ExportOutcome done = publishing.export(List.of(id), dir, anyway, false, by);
            return new Exported(done, publishing.address(id).orElse(""));
        }, result -> {
            message.set(m.get("export.done", dir.resolve(result.page()))
                    + (result.done().timed().isEmpty() ? "" : "；" + String.join("；", result.done().timed())));
            result.done().exported().forEach(editor::statusChanged);
            exportedPage.set(dir.resolve(result.page()));
        }, t -> {
            message.set(Errors.message(t));
            if (t instanceof CopydeskException ce && ce.problem() == Problem.EXPORT_REFUSED) {
                askAnyway(dir, Errors.message(t));
            }
        }));
    }

    /** An export done, and where the article's page is. */
    private record Exported(PublishService.ExportOutcome done, String page) {
    }

    /** The gate refused an export: say why, and offer to export anyway with a reason that is recorded. */
    private void askAnyway(Path dir, String reasons) {
        anywayReason(reasons).ifPresent(reason -> export(dir, reason));
    }

    /** Why the export was refused, and the reason to export anyway (recorded), or empty to leave it. */
    private java.util.Optional<String> anywayReason(String reasons) {
        return dialogs.ask(new Dialogs.Question("export-anyway-reason", m.get("export.refused.title"), reasons,
                m.get("export.anyway.prompt"), true));
    }

    /** Publishing the whole site, to be shown in the publishing window. */
    public PublishViewModel newPublish() {
        PublishViewModel vm = new PublishViewModel(publishing, runner, who);
        vm.setOnPublished(published -> {
            published.forEach(editor::statusChanged);
            drafts.reload();
        });
        return vm;
    }

    /** A new import of files, to be shown in the import dialog. */
    public ImportViewModel newImport() {
        return new ImportViewModel(imports, runner);
    }

    /** After an import: the list shows the drafts and the first one opens. */
    public void imported(List<Receipt> stored) {
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
