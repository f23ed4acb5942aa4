package org.copydesk.app;

import java.util.Optional;
import org.copydesk.ui.shared.SharedDeskDialog;
import org.copydesk.ui.shared.SharedViewModel;
import org.copydesk.service.DraftService;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.copydesk.domain.SiteProfile;
import org.copydesk.l10n.Messages;
import org.copydesk.service.BackupService;
import org.copydesk.ui.backup.RestoreDialog;
import org.copydesk.domain.Finding;
import org.copydesk.service.Desk;
import org.copydesk.service.PreviewService;
import org.copydesk.service.ReviewService;
import org.copydesk.ui.exchange.ExchangeViewModel;
import org.copydesk.ui.fx.Dialogs;
import org.copydesk.ui.fx.FxDialogs;
import org.copydesk.ui.review.Places;
import org.copydesk.ui.review.ReviewPanel;
import org.copydesk.ui.review.ReviewViewModel;
import org.copydesk.ui.session.OpenArticle;
import org.copydesk.ui.tagger.BatchTagDialog;
import org.copydesk.ui.tagger.BatchTagViewModel;
import org.copydesk.ui.tagger.TaggerView;
import org.copydesk.ui.tagger.TaggerViewModel;
import org.copydesk.ui.tagger.VocabularyDialog;
import org.copydesk.ui.tagger.VocabularyViewModel;
import org.copydesk.ui.drafts.DraftListView;
import org.copydesk.ui.drafts.DraftListViewModel;
import org.copydesk.ui.editor.BodyEditor;
import org.copydesk.ui.editor.FindPane;
import org.copydesk.ui.replace.DeskReplaceDialog;
import org.copydesk.ui.replace.DeskReplaceViewModel;
import org.copydesk.ui.editor.EditorView;
import org.copydesk.ui.editor.EditorViewModel;
import org.copydesk.ui.editor.SaveState;
import org.copydesk.ui.fx.Errors;
import org.copydesk.ui.fx.FxTaskRunner;
import org.copydesk.ui.fx.Settings;
import org.copydesk.ui.preview.PreviewView;
import org.copydesk.ui.preview.PreviewViewModel;
import org.copydesk.ui.shell.MainWindow;
import org.copydesk.ui.shell.ShellViewModel;

/**
 * The window application: builds the parts from an open desk, wires them, and shows them. The
 * database is opened on a background thread while the toolkit starts; the window appears with the
 * draft list and fields filled, and the two web views (body editor, preview) load right after.
 */
public final class CopydeskApp extends Application {

    private static final Logger LOG = Logger.getLogger(CopydeskApp.class.getName());

    /** Set by the launcher before {@link Application#launch}, which can only pass strings. */
    static volatile LaunchOptions launchOptions;
    static volatile CompletableFuture<Startup.Loaded> launchStartup;

    private LaunchOptions options;
    private final CompletableFuture<Startup.Loaded> startup;
    private FxTaskRunner runner;
    private Desk desk;
    private Stage stage;
    private MainWindow window;
    private ShellViewModel shell;
    private boolean closing;

    public CopydeskApp() {
        this(launchOptions, launchStartup);
    }

    /** An application on the given options (tests start it this way). */
    public CopydeskApp(LaunchOptions options) {
        this(options, Startup.begin(options));
    }

    private CopydeskApp(LaunchOptions options, CompletableFuture<Startup.Loaded> startup) {
        this.options = options;
        this.startup = startup;
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        StartupProbe.trace("start");
        Startup.Loaded loaded;
        CompletableFuture<Startup.Loaded> loading = startup;
        while (true) {
            try {
                loaded = loading.get();
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                Platform.exit();
                return;
            } catch (ExecutionException e) {
                // a shared desk whose password is not known (or was mistyped): ask, and try again
                Optional<SharedDeskDialog.Login> login = needsPassword(e.getCause())
                        ? new SharedDeskDialog(null, Desk.shown(options.shared()), false).showAndWait() : Optional.empty();
                if (login.isEmpty()) {
                    failToStart(e.getCause());
                    return;
                }
                options = options.withPassword(login.get().password());
                loading = Startup.begin(options);
            }
        }
        desk = loaded.desk();
        StartupProbe.trace("startup joined");
        runner = new FxTaskRunner();
        build(loaded);
        StartupProbe.trace("window built");
        stage.setOnCloseRequest(e -> {
            e.consume();
            close();
        });
        stage.show();
        focusTitleUnselected();
        StartupProbe.trace("shown");
        Scene scene = stage.getScene();
        if (Boolean.getBoolean("copydesk.startupProbe")) {
            StartupProbe.reportFirstFrame(scene, "COPYDESK_READY");
        }
        // the web views come after the first frame: creating WebKit costs more than the rest of start-up;
        // the tagger panel too, as it has nothing to show until its model has loaded
        StartupProbe.afterFirstFrame(scene, this::attachLateParts);
        startBackups();
    }

    /**
     * The desk's rolling backups while the window is open: one soon after it opens when the last is an
     * hour old, then checked every ten minutes; made in the background, never pausing typing.
     */
    private void startBackups() {
        javafx.animation.Timeline every = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.minutes(10), e -> backUpIfDue()));
        every.setCycleCount(javafx.animation.Animation.INDEFINITE);
        every.setDelay(javafx.util.Duration.seconds(20));
        every.play();
        javafx.animation.PauseTransition soon = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(20));
        soon.setOnFinished(e -> backUpIfDue());
        soon.play();
    }

    private void backUpIfDue() {
        Desk current = desk;
        if (closing || current == null) {
            return;
        }
        runner.submit("back up", () -> current.backups().makeIfDue(), made -> { },
                t -> {
                    LOG.log(Level.WARNING, "backup failed", t);
                    shell.messageProperty().set(Messages.get().get("backup.failed", Errors.message(t)));
                });
    }

    /** 文件 > 从备份恢复…: the backups, then the window reopened on the one chosen. */
    private void restoreBackup() {
        Desk current = desk;
        runner.submit("list backups", () -> {
            if (current.shared()) {
                throw new CopydeskException(Problem.BACKUP_UNAVAILABLE);
            }
            return current.backups().list();
        }, backups -> new RestoreDialog(stage, backups).showAndWait().ifPresent(chosen -> editorVm.flush(() -> {
            window.remember(stage);
            java.nio.file.Path file = options.database();
            runner.submit("restore backup", () -> {
                current.close();
                java.nio.file.Path aside = null;
                RuntimeException failed = null;
                try {
                    aside = BackupService.restore(file, chosen.file(), Clock.systemDefaultZone());
                } catch (RuntimeException e) {
                    failed = e;
                }
                // the window comes back on the desk file either way: the backup, or the desk as it was
                return new Restored(Startup.load(options), aside, failed);
            }, r -> {
                desk = r.loaded().desk();
                build(r.loaded());
                attachLateParts();
                shell.messageProperty().set(r.failed() != null ? Errors.message(r.failed())
                        : Messages.get().get("restore.done", RestoreDialog.when(chosen), r.aside()));
            }, t -> shell.messageProperty().set(Errors.message(t)));
        })), t -> shell.messageProperty().set(Errors.message(t)));
    }

    private record Restored(Startup.Loaded loaded, java.nio.file.Path aside, RuntimeException failed) {
    }

    /**
     * The title has the focus with the caret at its end, nothing selected: a stray key must not
     * replace the headline (a text field selects everything when it takes the focus).
     */
    private void focusTitleUnselected() {
        javafx.scene.control.TextInputControl title = editorView.titleField();
        title.requestFocus();
        Platform.runLater(() -> {
            title.deselect();
            title.end();
        });
    }

    private SharedViewModel sharedVm;
    private EditorViewModel editorVm;
    private PreviewViewModel previewVm;
    private EditorView editorView;
    private TaggerViewModel taggerVm;
    private ReviewViewModel reviewVm;

    private void build(Startup.Loaded loaded) {
        Settings settings = new Settings(options.prefs());
        SiteProfile profile = desk.profile();
        Dialogs dialogs = new FxDialogs(() -> stage);
        OpenArticle session = new OpenArticle();
        PreviewService preview = desk.preview(options.previewDir());
        if (sharedVm != null) {
            sharedVm.close();
        }
        DraftListViewModel draftsVm = new DraftListViewModel(desk.drafts(), runner);
        editorVm = new EditorViewModel(desk.drafts(), preview, session, runner, Clock.systemDefaultZone());
        previewVm = new PreviewViewModel(preview, runner, session);
        previewVm.mobileProperty().set(settings.get(Settings.PREVIEW_MOBILE));
        reviewVm = new ReviewViewModel(desk.review(), desk.proofreading(), session, runner, dialogs);
        reviewVm.reviewerProperty().set(settings.get(Settings.REVIEWER));
        reviewVm.reviewerProperty().addListener((o, a, b) -> {
            settings.put(Settings.REVIEWER, b.strip());
            settings.flush();
            // on a shared desk, the others see this name on what this window writes
            desk.user(b);
        });
        reviewVm.marksChangedProperty().addListener((o, a, b) -> previewVm.refreshNow());
        ExchangeViewModel exchangeVm = new ExchangeViewModel(desk.exchange(), session, runner);
        shell = new ShellViewModel(draftsVm, editorVm, previewVm, desk.publishing(), desk.imports(), exchangeVm, reviewVm::who,
                runner, dialogs);
        shell.signerProperty().bind(reviewVm.reviewerProperty());

        editorView = new EditorView(editorVm, profile);
        taggerVm = new TaggerViewModel(desk.tagging(), session, runner);
        shell.onSaved(taggerVm::saved);
        shell.onDeleted(taggerVm::removed);
        DraftListView draftsView = new DraftListView(draftsVm, profile);
        window = new MainWindow(shell, draftsView, editorView, settings);
        window.setOnSiteProfileChosen(this::switchProfile);
        window.setOnOpenShared(this::chooseSharedDesk);
        window.setOnRestoreBackup(this::restoreBackup);
        window.setOpener(p -> getHostServices().showDocument(p.toUri().toString()));
        sharedVm = new SharedViewModel(desk.live(), desk.drafts(), session, runner);
        if (desk.shared()) {
            sharedVm.setOnListChanged(draftsVm::reload);
            window.attachShared(sharedVm);
            sharedVm.start();
        }
        for (DraftService.Resent r : loaded.resent()) {
            shell.messageProperty().set(r.asCopy() ? Messages.get().get("shared.resentCopy", r.title().replace(
                    Messages.get().get("shared.copySuffix"), ""), r.title()) : Messages.get().get("shared.resent", loaded.resent().size()));
        }
        window.setOnBatchTag(() -> {
            BatchTagViewModel batch = new BatchTagViewModel(desk.batchTagging(), runner, id -> id == session.id() && session.pending());
            batch.setOnChanged(ids -> changedElsewhere(ids, draftsVm, session));
            new BatchTagDialog(stage, batch).show();
        });
        window.setOnDeskReplace(() -> {
            DeskReplaceViewModel replace = new DeskReplaceViewModel(desk.replace(), runner, id -> id == session.id() && session.pending());
            replace.setOnChanged(ids -> changedElsewhere(ids, draftsVm, session));
            new DeskReplaceDialog(stage, replace, desk.profile().channelNames()).show();
        });
        window.setOnVocabulary(() -> new VocabularyDialog(stage, new VocabularyViewModel(desk.tagging(), runner, () -> {
            editorVm.refreshKnownKeywords();
            taggerVm.refresh();
        })).show());

        if (desk.readOnlyMedia()) {
            // a desk on a disc or a read-only mount: read and exported, never changed
            editorVm.deskReadOnly();
            shell.messageProperty().set(Messages.get().get("window.readOnlyMedia"));
        }
        draftsVm.show(loaded.drafts());
        loaded.open().ifPresent(a -> {
            editorVm.show(a);
            draftsVm.selectedIdProperty().set(a.id());
        });
        if (stage.getScene() == null) {
            window.install(stage);
        } else {
            stage.getScene().setRoot(window.root());
        }
        stage.setTitle(Messages.get().get("app.title") + (desk.shared() ? " — " + desk.location() : "")
                + (desk.readOnlyMedia() ? Messages.get().get("window.readOnlyTitle") : ""));
        focusTitleUnselected();
    }

    /** Articles a batch (tagging, a desk-wide replace) changed: the list, and the open article unless it has edits of its own. */
    private void changedElsewhere(java.util.List<Long> ids, DraftListViewModel draftsVm, OpenArticle session) {
        draftsVm.reload();
        if (ids.contains(session.id()) && !session.pending()) {
            runner.submit("reload changed article", () -> desk.drafts().get(session.id()), session::reload, t -> { });
        }
    }

    /** The parts that wait for the first frame: the tagger (its model loads for seconds), the web views. */
    private void attachLateParts() {
        editorView.attachTagger(new TaggerView(taggerVm));
        String siteCss = new String(desk.profile().assets().get("site.css"), StandardCharsets.UTF_8);
        BodyEditor body = new BodyEditor(siteCss, options.previewDir(), editorVm::safeLink);
        runner.submit("editor page", () -> BodyEditor.writePage(options.previewDir(), siteCss), body::load, t -> body.load(null));
        editorView.attachBody(body);
        PreviewView preview = new PreviewView(previewVm);
        previewVm.pageProperty().addListener((o, was, page) -> body.reloadMissingImages());
        FindPane find = new FindPane(editorVm, editorView, desk.replace(), runner);
        find.setOnMarks(preview::markFound);
        editorView.attachFind(find);
        ReviewPanel review = new ReviewPanel(reviewVm, new Places() {
            @Override
            public void reveal(Finding f) {
                editorView.reveal(f);
                preview.reveal(f);
            }

            @Override
            public boolean fixInBody(Finding f) {
                return body.replace(f.paragraph(), f.start(), f.end(), f.text(), f.suggestion());
            }

            @Override
            public void saveRemoteImage(String src) {
                editorVm.fetchImage(src, img -> {
                    body.replaceImageSource(src, img.name());
                    reviewVm.messageProperty().set(Messages.get().get("review.imageSaved", src));
                });
            }

            @Override
            public void removeImage(String src) {
                if (body.removeImage(src)) {
                    reviewVm.messageProperty().set(Messages.get().get("review.imageRemoved", src));
                }
            }

            @Override
            public void compare(ReviewService.Comparison c) {
                previewVm.comparisonProperty().set(c);
            }
        });
        preview.setOnFinding((findings, x, y) -> review.menuFor(findings).show(preview.webView(), x, y));
        previewVm.reviewModeProperty().bind(window.reviewModeProperty());
        reviewVm.activeProperty().bind(window.reviewModeProperty());
        window.attachPreview(preview, review);
        previewVm.refreshNow();
        taggerVm.start();
        // adding the late parts (and the first layout of a new root) can hand the focus to the search
        // box: unless the person has gone somewhere already, it goes back to the title
        javafx.scene.Node owner = stage.getScene() == null ? null : stage.getScene().getFocusOwner();
        if (owner == null || owner == editorView.titleField() || "search".equals(owner.getId())) {
            focusTitleUnselected();
        }
        StartupProbe.trace("late parts attached");
    }

    /** Reopens the window's parts on another site profile; the database stays open. */
    private void switchProfile(Path file) {
        runner.submit("load site profile", () -> Desk.profile(file), profile -> {
            Settings settings = new Settings(options.prefs());
            settings.put(Settings.SITE_PROFILE, file.toAbsolutePath().toString());
            editorVm.flush(() -> {
                window.remember(stage);
                desk = desk.withProfile(profile);
                runner.submit("reload", () -> Startup.Loaded.reopen(desk, editorVm.articleId()), loaded -> {
                    build(loaded);
                    attachLateParts();
                }, t -> shell.messageProperty().set(Errors.message(t)));
            });
        }, t -> shell.messageProperty().set(Errors.message(t)));
    }

    /** 文件 > 打开共享编辑台…: the address and password, then the window on that desk. */
    private void chooseSharedDesk() {
        Settings settings = new Settings(options.prefs());
        new SharedDeskDialog(stage, settings.get(Settings.SHARED_ADDRESS), true).showAndWait().ifPresent(login -> {
            LaunchOptions next;
            try {
                next = options.onShared(login.address(), login.password().isEmpty() ? null : login.password());
            } catch (RuntimeException e) {
                shell.messageProperty().set(Errors.message(e));
                return;
            }
            runner.submit("open shared desk", () -> Startup.load(next), loaded -> editorVm.flush(() -> {
                settings.put(Settings.SHARED_ADDRESS, Desk.shown(login.address()));
                settings.flush();
                window.remember(stage);
                sharedVm.close();
                Desk previous = desk;
                desk = loaded.desk();
                options = next;
                build(loaded);
                attachLateParts();
                shell.messageProperty().set(Messages.get().get("shared.opened", desk.location()));
                runner.submit("close desk", () -> {
                    previous.close();
                    return null;
                }, x -> { }, t -> LOG.log(Level.WARNING, "could not close the last desk", t));
            }), t -> shell.messageProperty().set(Errors.message(t)));
        });
    }

    private static boolean needsPassword(Throwable t) {
        return t instanceof CopydeskException ce && (ce.problem() == Problem.PASSWORD_NEEDED || ce.problem() == Problem.SERVER_AUTH);
    }

    /** Saves what is pending, remembers the layout, then exits; a failed save asks before losing work. */
    private void close() {
        if (closing) {
            return;
        }
        closing = true;
        editorVm.flush(() -> {
            if (editorVm.saveStateProperty().get().kind() == SaveState.Kind.FAILED) {
                if (!org.copydesk.ui.fx.FxDialogs.quitAnyway(stage,
                        Messages.get().get("close.unsaved", editorVm.saveStateProperty().get().message()))) {
                    closing = false;
                    return;
                }
            }
            window.remember(stage);
            Platform.exit();
        });
    }

    @Override
    public void stop() {
        if (sharedVm != null) {
            sharedVm.close();
        }
        if (runner != null) {
            runner.close();
        }
        if (desk != null) {
            desk.close();
        }
    }

    private void failToStart(Throwable cause) {
        String message = Errors.message(cause);
        LOG.log(Level.SEVERE, "cannot start: " + message, cause);
        System.err.println(message);
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setHeaderText(null);
        alert.setTitle(Messages.get().get("app.title"));
        alert.showAndWait();
        Platform.exit();
        Launcher.exitStatus = 1;
    }
}
