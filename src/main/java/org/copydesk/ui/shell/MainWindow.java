package org.copydesk.ui.shell;

import java.nio.file.Files;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.web.WebView;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.copydesk.l10n.Messages;
import org.copydesk.ui.drafts.DraftListView;
import org.copydesk.ui.editor.EditorView;
import org.copydesk.ui.fx.HoverTooltip;
import org.copydesk.ui.fx.Settings;
import org.copydesk.ui.preview.PreviewView;
import org.copydesk.ui.review.ReviewPanel;

/**
 * The main window: menus and a toolbar above; the draft list, the editor and the preview side by
 * side; the status bar below (save state, counts, messages). Remembers its size and layout.
 */
public final class MainWindow {

    private final ShellViewModel vm;
    private final DraftListView drafts;
    private final EditorView editor;
    private PreviewView preview;
    private final Settings settings;
    private final Messages m = Messages.get();
    private final SplitPane split = new SplitPane();
    private final BorderPane root = new BorderPane();
    private Consumer<Path> onSiteProfileChosen = p -> { };
    private Runnable onVocabulary = () -> { };
    private Runnable onDeskReplace = () -> { };
    private Runnable onBatchTag = () -> { };
    private Runnable onOpenShared = () -> { };
    private Runnable onRestoreBackup = () -> { };
    private java.util.function.Consumer<java.nio.file.Path> opener = p -> { };
    private final HBox lockBar = new HBox(10);

    /** Runs when the person asks to open a shared desk (文件 > 打开共享编辑台…). */
    /** How a file or folder is opened in the desktop's own application (the export notice's buttons). */
    public void setOpener(java.util.function.Consumer<java.nio.file.Path> opener) {
        this.opener = opener;
    }

    public void setOnRestoreBackup(Runnable onRestoreBackup) {
        this.onRestoreBackup = onRestoreBackup;
    }

    public void setOnOpenShared(Runnable onOpenShared) {
        this.onOpenShared = onOpenShared;
    }

    public void setOnBatchTag(Runnable onBatchTag) {
        this.onBatchTag = onBatchTag;
    }

    /** 编辑 > 全台替换…. */
    public void setOnDeskReplace(Runnable onDeskReplace) {
        this.onDeskReplace = onDeskReplace;
    }

    public void setOnVocabulary(Runnable onVocabulary) {
        this.onVocabulary = onVocabulary;
    }

    public MainWindow(ShellViewModel vm, DraftListView drafts, EditorView editor, Settings settings) {
        this.vm = vm;
        this.drafts = drafts;
        this.editor = editor;
        this.settings = settings;

        lockBar.setVisible(false);
        lockBar.setManaged(false);
        split.setId("main-split");
        javafx.scene.layout.StackPane previewSlot = new javafx.scene.layout.StackPane(new Label(m.get("preview.loading")));
        previewSlot.getStyleClass().add("preview-frame");
        split.getItems().addAll(drafts, editor, previewSlot);
        SplitPane.setResizableWithParent(drafts, false);
        split.setDividerPositions(settings.get(Settings.DIVIDER_LIST), settings.get(Settings.DIVIDER_PREVIEW));

        reviewMode.setText(m.get("menu.review"));
        reviewMode.setId("tool-review");
        HoverTooltip.install(reviewMode, m.get("menu.review.tip"));
        reviewMode.setFocusTraversable(false);
        reviewMode.setSelected(settings.get(Settings.REVIEW_MODE));
        reviewMenu.setText(m.get("menu.reviewMode"));
        reviewMenu.setId("menu-review");
        reviewMenu.setAccelerator(KeyCombination.keyCombination("Shortcut+R"));
        reviewMenu.selectedProperty().bindBidirectional(reviewMode.selectedProperty());
        reviewMode.selectedProperty().addListener((o, a, on) -> showReviewPanel(on));
        root.setTop(new javafx.scene.layout.VBox(menuBar(), toolBar(), conflictBar(), editConflictBar(), lockBar));
        // review's keys work wherever the keyboard is in this window: a field that takes Enter, or the
        // body, sees them after (on the root, not the scene: a reopened window keeps the scene)
        // so do find and replace's: a text field would read Ctrl+H as a backspace
        List<Action> windowKeys = java.util.stream.Stream.concat(reviewActions().stream().flatMap(List::stream),
                editActions().stream().flatMap(List::stream).filter(a -> a.key().equals("menu.replace") || a.key().equals("menu.deskReplace")))
                .filter(a -> a.accelerator() != null).toList();
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            for (Action a : windowKeys) {
                if (KeyCombination.keyCombination(a.accelerator()).match(e)) {
                    a.run().run();
                    e.consume();
                    return;
                }
            }
        });
        root.setCenter(split);
        root.setBottom(new javafx.scene.layout.VBox(new UndoBar(vm.drafts()), new ExportedBar(vm, p -> opener.accept(p)),
                new StatusBar(vm)));
        // files dropped anywhere on the window are imported
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
                e.consume();
            }
        });
        root.setOnDragDropped(e -> {
            if (e.getDragboard().hasFiles()) {
                // packages from other desks are received, everything else is imported
                List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                List<Path> packages = files.stream().filter(MainWindow::isPackage).toList();
                List<Path> pages = files.stream().filter(f -> !isPackage(f)).toList();
                if (!packages.isEmpty()) {
                    vm.receive(packages);
                }
                if (!pages.isEmpty()) {
                    openImport(pages);
                }
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    /** Puts the preview in place; like the body editor, it is created after the first frame. */
    public void attachPreview(PreviewView view, ReviewPanel reviewPanel) {
        this.preview = view;
        view.setOnOpenArticle(vm::openArticle);
        double[] dividers = split.getDividerPositions();
        previewColumn.getItems().setAll(view);
        previewColumn.setId("preview-column");
        previewColumn.setOrientation(Orientation.VERTICAL);
        this.reviewPanel = reviewPanel;
        showReviewPanel(reviewMode.isSelected());
        split.getItems().set(2, previewColumn);
        split.setDividerPositions(dividers);
    }

    private final SplitPane previewColumn = new SplitPane();
    private ReviewPanel reviewPanel;
    private final javafx.scene.control.ToggleButton reviewMode = new javafx.scene.control.ToggleButton();
    private final javafx.scene.control.CheckMenuItem reviewMenu = new javafx.scene.control.CheckMenuItem();

    /** Review mode: the findings marked on the preview and the review panel under it. */
    private void showReviewPanel(boolean on) {
        if (reviewPanel == null) {
            return;
        }
        if (on && !previewColumn.getItems().contains(reviewPanel)) {
            previewColumn.getItems().add(reviewPanel);
            previewColumn.setDividerPositions(settings.get(Settings.DIVIDER_REVIEW));
        } else if (!on && previewColumn.getItems().contains(reviewPanel)) {
            settings.put(Settings.DIVIDER_REVIEW, previewColumn.getDividerPositions()[0]);
            Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
            boolean wasInPanel = false;
            for (Node n = owner; n != null; n = n.getParent()) {
                wasInPanel |= n == reviewPanel;
            }
            previewColumn.getItems().remove(reviewPanel);
            if (wasInPanel && editor.body() != null) {
                // the panel goes: the keyboard goes back to the article, not to the window's first field
                editor.body().webView().requestFocus();
            }
        }
    }

    /** The review-mode switch (toolbar and menu), bound to the preview's marks. */
    public javafx.beans.property.BooleanProperty reviewModeProperty() {
        return reviewMode.selectedProperty();
    }

    public BorderPane root() {
        return root;
    }

    public void setOnSiteProfileChosen(Consumer<Path> onSiteProfileChosen) {
        this.onSiteProfileChosen = onSiteProfileChosen;
    }

    /** Puts the window on the stage with its remembered geometry. */
    public Scene install(Stage stage) {
        double x = settings.get(Settings.WINDOW_X);
        double y = settings.get(Settings.WINDOW_Y);
        javafx.geometry.Rectangle2D screen = screenFor(x, y);
        // a size remembered on a larger screen (or the default on a small one) is fitted to this screen
        double width = Math.min(settings.get(Settings.WINDOW_WIDTH), screen.getWidth());
        double height = Math.min(settings.get(Settings.WINDOW_HEIGHT), screen.getHeight());
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("copydesk.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(m.get("app.title"));
        if (!Double.isNaN(x) && !Double.isNaN(y) && screen.contains(x, y)) {
            stage.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width)));
            stage.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height)));
        } else {
            stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        }
        stage.setMaximized(settings.get(Settings.WINDOW_MAXIMIZED));
        return scene;
    }

    /** The usable area of the screen the window was last on, or of the main screen. */
    private static javafx.geometry.Rectangle2D screenFor(double x, double y) {
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            for (javafx.stage.Screen s : javafx.stage.Screen.getScreensForRectangle(x, y, 1, 1)) {
                return s.getVisualBounds();
            }
        }
        return javafx.stage.Screen.getPrimary().getVisualBounds();
    }

    /** Writes the window's geometry and layout to the settings. */
    public void remember(Stage stage) {
        settings.put(Settings.WINDOW_MAXIMIZED, stage.isMaximized());
        if (!stage.isMaximized()) {
            settings.put(Settings.WINDOW_X, stage.getX());
            settings.put(Settings.WINDOW_Y, stage.getY());
            settings.put(Settings.WINDOW_WIDTH, stage.getWidth());
            settings.put(Settings.WINDOW_HEIGHT, stage.getHeight());
        }
        double[] d = split.getDividerPositions();
        if (d.length == 2) {
            settings.put(Settings.DIVIDER_LIST, d[0]);
            settings.put(Settings.DIVIDER_PREVIEW, d[1]);
        }
        settings.put(Settings.PREVIEW_MOBILE, vm.preview().mobileProperty().get());
        settings.put(Settings.REVIEW_MODE, reviewMode.isSelected());
        if (previewColumn.getItems().size() == 2) {
            settings.put(Settings.DIVIDER_REVIEW, previewColumn.getDividerPositions()[0]);
        }
        settings.put(Settings.LAST_ARTICLE, vm.editor().articleId());
        settings.flush();
    }

    /** The File menu's actions, by group; the toolbar carries the first two groups. */
    private List<List<Action>> fileActions() {
        return List.of(
                List.of(new Action("menu.new", "Shortcut+N", vm::newDraft, true),
                        new Action("menu.import", "Shortcut+I", this::chooseImportFiles, true),
                        new Action("menu.duplicate", "Shortcut+D", vm::duplicate, true),
                        new Action("menu.delete", null, vm::delete, true)),
                List.of(new Action("menu.save", "Shortcut+S", vm::save, true),
                        new Action("menu.export", "Shortcut+E", this::chooseExportFolder, true),
                        new Action("menu.publishSite", null, this::choosePublishFolder, false)),
                List.of(new Action("menu.send", null, this::chooseSendFile, false),
                        new Action("menu.receive", null, this::chooseReceiveFiles, false),
                        new Action("menu.openShared", null, () -> onOpenShared.run(), false)),
                List.of(new Action("menu.restoreBackup", null, () -> onRestoreBackup.run(), false)),
                List.of(new Action("menu.siteProfile", null, this::chooseSiteProfile, false)),
                List.of(new Action("menu.quit", "Shortcut+Q", this::quit, false)));
    }

    private List<List<Action>> editActions() {
        return List.of(
                List.of(new Action("menu.undo", "Shortcut+Z", this::undo, false),
                        new Action("menu.redo", "Shortcut+Y", this::redo, false)),
                List.of(new Action("menu.find", "Shortcut+F", this::find, false),
                        new Action("menu.replace", "Shortcut+H", () -> editor.openFind(true), false),
                        new Action("menu.deskReplace", "Shortcut+Shift+H", () -> onDeskReplace.run(), false)),
                List.of(new Action("menu.vocabulary", null, () -> onVocabulary.run(), false),
                        new Action("menu.batchTag", null, () -> onBatchTag.run(), false)));
    }

    /**
     * Review from the keyboard: the next and previous finding (review mode comes on if it is off),
     * 改正 and 忽略此处 on the finding chosen.
     */
    private List<List<Action>> reviewActions() {
        return List.of(
                List.of(new Action("menu.nextFinding", "F8", () -> stepFinding(true), false),
                        new Action("menu.previousFinding", "Shift+F8", () -> stepFinding(false), false)),
                List.of(new Action("menu.fixFinding", "Shortcut+Enter", () -> {
                            if (reviewPanel != null && reviewMode.isSelected()) {
                                reviewPanel.fixSelected();
                            }
                        }, false),
                        new Action("menu.dismissFinding", "Shortcut+Shift+Enter", () -> {
                            if (reviewPanel != null && reviewMode.isSelected()) {
                                reviewPanel.dismissSelected();
                            }
                        }, false)));
    }

    private void stepFinding(boolean forward) {
        if (reviewPanel == null) {
            return;
        }
        reviewMode.setSelected(true);
        if (!(forward ? reviewPanel.nextFinding() : reviewPanel.previousFinding())) {
            vm.messageProperty().set(m.get("review.noFindings"));
        }
    }

    /** The body's formats, with their shortcuts (the body editor's toolbar has the same as buttons). */
    private List<List<Action>> formatActions() {
        return List.of(
                List.of(new Action("editor.paragraph", "Shortcut+0", () -> editor.body().block(0), false),
                        new Action("editor.h2", "Shortcut+2", () -> editor.body().block(2), false),
                        new Action("editor.h3", "Shortcut+3", () -> editor.body().block(3), false)),
                List.of(new Action("editor.link", "Shortcut+K", () -> editor.body().link(), false)));
    }

    /** 帮助 > 快捷键: every shortcut of the menus, from the same tables the menus are built from. */
    private void showShortcuts() {
        StringBuilder text = new StringBuilder();
        List<List<List<Action>>> tables = List.of(fileActions(), editActions(), formatActions(), reviewActions());
        for (List<List<Action>> table : tables) {
            for (List<Action> group : table) {
                for (Action a : group) {
                    if (a.accelerator() != null) {
                        text.append(KeyCombination.keyCombination(a.accelerator()).getDisplayText()).append('\t')
                                .append(m.get(a.key()).replace("…", "")).append('\n');
                    }
                }
            }
        }
        text.append(KeyCombination.keyCombination("Shortcut+R").getDisplayText()).append('\t').append(m.get("menu.reviewMode")).append('\n');
        text.append(KeyCombination.keyCombination(DESKTOP).getDisplayText()).append('\t').append(m.get("preview.desktop")).append('\n');
        text.append(KeyCombination.keyCombination(PHONE).getDisplayText()).append('\t').append(m.get("preview.mobile")).append('\n');
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
        a.initOwner(root.getScene().getWindow());
        a.setTitle(m.get("menu.shortcuts").replace("…", ""));
        a.setHeaderText(m.get("menu.shortcuts").replace("…", ""));
        javafx.scene.control.TextArea list = new javafx.scene.control.TextArea(text.toString().strip());
        list.setId("shortcuts");
        list.setEditable(false);
        list.setPrefRowCount(Math.min(20, (int) text.chars().filter(c -> c == '\n').count() + 1));
        a.getDialogPane().setContent(list);
        a.show();
    }

    private static final String DESKTOP = "Shortcut+Shift+D";
    private static final String PHONE = "Shortcut+Shift+M";

    private MenuBar menuBar() {
        ToggleGroup width = new ToggleGroup();
        RadioMenuItem desktop = new RadioMenuItem(m.get("preview.desktop"));
        RadioMenuItem mobile = new RadioMenuItem(m.get("preview.mobile"));
        desktop.setToggleGroup(width);
        mobile.setToggleGroup(width);
        desktop.setSelected(!vm.preview().mobileProperty().get());
        mobile.setSelected(vm.preview().mobileProperty().get());
        desktop.setOnAction(e -> vm.preview().mobileProperty().set(false));
        mobile.setOnAction(e -> vm.preview().mobileProperty().set(true));
        vm.preview().mobileProperty().addListener((o, a, b) -> (b ? mobile : desktop).setSelected(true));
        desktop.setAccelerator(KeyCombination.keyCombination(DESKTOP));
        mobile.setAccelerator(KeyCombination.keyCombination(PHONE));
        Menu view = Action.menu("menu.view", List.of(), desktop, mobile);
        Menu review = Action.menu("menu.reviewMenu", reviewActions());
        review.getItems().add(0, reviewMenu);
        review.getItems().add(1, new SeparatorMenuItem());
        Menu help = Action.menu("menu.help", List.of(List.of(new Action("menu.shortcuts", "F1", this::showShortcuts, false))));
        MenuBar bar = new MenuBar(Action.menu("menu.file", fileActions()), Action.menu("menu.edit", editActions()),
                Action.menu("menu.format", formatActions()), view, review, help);
        bar.setId("menu-bar");
        return bar;
    }

    private ToolBar toolBar() {
        ToolBar bar = new ToolBar();
        bar.getItems().addAll(Action.toolbar(fileActions()));
        bar.getItems().addAll(new javafx.scene.control.Separator(Orientation.VERTICAL), reviewMode);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private void quit() {
        Stage stage = (Stage) root.getScene().getWindow();
        stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /** Undo goes to whatever has the keyboard: a text field, or the body editor. */
    /** Ctrl+F: in the article when the keyboard is in the editor, else among the articles in the list. */
    private void find() {
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        boolean inEditor = false;
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n == editor) {
                inEditor = true;
                break;
            }
        }
        if (!inEditor || !editor.openFind(false)) {
            drafts.searchField().requestFocus();
        }
    }

    private void undo() {
        Node focus = root.getScene().getFocusOwner();
        if (focus instanceof TextInputControl t) {
            t.undo();
        } else if (focus instanceof WebView) {
            editor.body().undo();
        }
    }

    private void redo() {
        Node focus = root.getScene().getFocusOwner();
        if (focus instanceof TextInputControl t) {
            t.redo();
        } else if (focus instanceof WebView) {
            editor.body().redo();
        }
    }

    private void chooseExportFolder() {
        if (vm.current() == null) {
            return;
        }
        // the gate is asked first; the folder only when the page will be written
        vm.exportCurrent(() -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(m.get("menu.export"));
            // the folder of the last export, kept across sessions
            String last = settings.get(Settings.EXPORT_DIR);
            if (!last.isEmpty() && new File(last).isDirectory()) {
                chooser.setInitialDirectory(new File(last));
            }
            File dir = chooser.showDialog(root.getScene().getWindow());
            if (dir == null) {
                return null;
            }
            settings.put(Settings.EXPORT_DIR, dir.getPath());
            settings.flush();
            return dir.toPath();
        });
    }

    private void chooseImportFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("menu.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("import.files"),
                "*.html", "*.htm", "*.shtml", "*.txt", "*.docx", "*.jsonl"));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            openImport(files.stream().map(File::toPath).toList());
        }
    }

    /** Reads the files with progress and shows their reports; the editor then imports them or not. */
    public void openImport(List<Path> files) {
        var importVm = vm.newImport();
        new org.copydesk.ui.importing.ImportDialog(root.getScene().getWindow(), importVm, vm::imported).show();
        importVm.read(files);
    }

    static boolean isPackage(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(PACKAGE_SUFFIX);
    }

    private static final String PACKAGE_SUFFIX = ".cdpkg";

    /** The open article, with its history, images and review record, as a package for another desk. */
    private void chooseSendFile() {
        if (vm.current() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("menu.send"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("receive.files"), "*" + PACKAGE_SUFFIX));
        String title = vm.current().title().isBlank() ? m.get("drafts.untitled") : vm.current().title();
        chooser.setInitialFileName(title.replaceAll("[\\\\/:*?\"<>|]", "_") + PACKAGE_SUFFIX);
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            vm.exchange().send(file.toPath());
        }
    }

    private void chooseReceiveFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("receive.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("receive.files"), "*" + PACKAGE_SUFFIX));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            vm.receive(files.stream().map(File::toPath).toList());
        }
    }

    /** The bar that says the open article has changes from another desk waiting, and opens their merge. */
    private Node conflictBar() {
        Label text = new Label(m.get("gate.conflict"));
        Button open = new Button(m.get("conflict.open"));
        open.setId("conflict-open");
        open.setOnAction(e -> {
            var view = vm.exchange().conflictProperty().get();
            if (view != null) {
                new org.copydesk.ui.exchange.ConflictDialog(root.getScene().getWindow(), view).showAndWait()
                        .ifPresent(vm.exchange()::resolve);
            }
        });
        return conflictBar("conflict-bar", text, open, vm.exchange().conflictProperty().isNotNull());
    }

    /** A bar above the editor that says what happened and offers the one action that settles it, shown while {@code shown}. */
    private static HBox conflictBar(String id, Label text, Button action, javafx.beans.value.ObservableBooleanValue shown) {
        HBox bar = new HBox(10, text, action);
        bar.setId(id);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("conflict-bar");
        bar.managedProperty().bind(bar.visibleProperty());
        bar.visibleProperty().bind(shown);
        return bar;
    }

    /**
     * The bar that says an edit met another person's on a shared desk and opens the merge; the merge
     * opens by itself the first time.
     */
    private Node editConflictBar() {
        var conflict = vm.editor().editConflictProperty();
        Label text = new Label();
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> conflict.get() == null ? "" : m.get("shared.editConflict", conflict.get().theirsBy()), conflict));
        Button open = new Button(m.get("shared.merge"));
        open.setId("edit-conflict-open");
        open.setOnAction(e -> openEditMerge());
        HBox bar = conflictBar("edit-conflict-bar", text, open, conflict.isNotNull());
        conflict.addListener((o, was, now) -> {
            if (now != null && root.getScene() != null && root.getScene().getWindow() != null) {
                openEditMerge();
            }
        });
        return bar;
    }

    private void openEditMerge() {
        var view = vm.editor().editConflictProperty().get();
        if (view != null) {
            new org.copydesk.ui.exchange.ConflictDialog(root.getScene().getWindow(), view).showAndWait()
                    .ifPresent(vm.editor()::settleEdit);
        }
    }

    /**
     * On a shared desk: the bar that says who else has the open article (it is read-only here) and
     * lets the person take it over.
     */
    public void attachShared(org.copydesk.ui.shared.SharedViewModel shared) {
        Label text = new Label();
        text.textProperty().bind(shared.heldByProperty());
        Button take = new Button(m.get("shared.takeOver"));
        take.setId("take-over");
        take.setOnAction(e -> shared.takeOver());
        lockBar.getChildren().setAll(text, take);
        lockBar.setId("lock-bar");
        lockBar.setAlignment(Pos.CENTER_LEFT);
        lockBar.setPadding(new Insets(4, 10, 4, 10));
        lockBar.getStyleClass().add("lock-bar");
        lockBar.managedProperty().bind(lockBar.visibleProperty());
        lockBar.visibleProperty().bind(shared.heldElsewhereProperty());
        shared.messageProperty().addListener((o, a, b) -> vm.messageProperty().set(b));
    }

    /** 文件 > 发布全站…: the folder (the last one offered first), then the publishing window. */
    private void choosePublishFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(m.get("publish.title"));
        String last = settings.get(Settings.PUBLISH_DIR);
        if (!last.isEmpty() && Files.isDirectory(Path.of(last))) {
            chooser.setInitialDirectory(new File(last));
        }
        File folder = chooser.showDialog(root.getScene().getWindow());
        if (folder != null) {
            settings.put(Settings.PUBLISH_DIR, folder.getAbsolutePath());
            settings.flush();
            new org.copydesk.ui.publishing.PublishDialog(root.getScene().getWindow(), vm.newPublish(), folder.toPath()).show();
        }
    }

    private void chooseSiteProfile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("menu.siteProfile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("profile.json", "*.json"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            onSiteProfileChosen.accept(file.toPath());
        }
    }
}
