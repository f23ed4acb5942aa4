package org.copydesk.ui.review;

import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.copydesk.domain.Finding;
import org.copydesk.domain.Note;
import org.copydesk.domain.ReviewEvent;
import org.copydesk.domain.Revision;
import org.copydesk.domain.Round;
import org.copydesk.domain.Severity;
import org.copydesk.domain.Status;
import org.copydesk.l10n.Messages;
import org.copydesk.service.ReviewService;
import org.copydesk.service.ReviewSheet;
import org.copydesk.text.TextDiff;

/**
 * The review panel under the preview: 问题 (the findings grouped by severity, with fix and dismiss),
 * 批注 (notes on paragraphs, open and resolved), 流程 (the workflow, the six rounds and the gate) and
 * 版本 (revisions, compared in the preview or restored).
 */
public final class ReviewView extends BorderPane {

    /** Where the panel sends the proofreader: the place of a finding in the editor and the preview. */
    public interface Places {
        /** Shows the finding's place in the editor and the preview. */
        void reveal(Finding f);

        /** Applies a body finding's suggestion in the body editor; false when the text moved. */
        boolean fixInBody(Finding f);

        /** Shows a comparison in the preview (null: the draft again). */
        void compare(ReviewService.Comparison c);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final ReviewViewModel vm;
    private final Places places;
    private final Messages m = Messages.get();
    private final TreeView<Object> findingTree = new TreeView<>();
    private final ListView<Note> noteList = new ListView<>();
    private final ListView<Revision> revisionList = new ListView<>();
    private final ListView<ReviewEvent> eventList = new ListView<>();
    private final GridPane rounds = new GridPane();
    private final Label statusLabel = new Label();
    private final Label gateLabel = new Label();
    private final Button submit = new Button();
    private final Button approve = new Button();
    private final Button sendBack = new Button();
    private final TabPane tabs = new TabPane();

    public ReviewView(ReviewViewModel vm, Places places) {
        this.vm = vm;
        this.places = places;
        setId("review");
        getStyleClass().add("review-panel");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("review-tab-findings", m.get("review.tab.findings"), findingsPane()),
                tab("review-tab-notes", m.get("review.tab.notes"), notesPane()),
                tab("review-tab-workflow", m.get("review.tab.workflow"), workflowPane()),
                tab("review-tab-revisions", m.get("review.tab.revisions"), revisionsPane()));
        Label message = new Label();
        message.setId("review-message");
        message.getStyleClass().add("review-message");
        message.textProperty().bind(vm.messageProperty());
        setCenter(tabs);
        setBottom(message);
        BorderPane.setMargin(message, new Insets(2, 8, 2, 8));
    }

    private static Tab tab(String id, String title, Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    public TabPane tabs() {
        return tabs;
    }

    // ---- 问题 ------------------------------------------------------------------------------------

    private Node findingsPane() {
        findingTree.setId("findings");
        findingTree.setShowRoot(false);
        findingTree.setRoot(new TreeItem<>());
        findingTree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("finding-error", "finding-warning", "finding-hint", "finding-group");
                setTooltip(null);
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof Finding f) {
                    setText(ReviewSheet.place(f) + "　" + f.message());
                    setTooltip(new Tooltip(f.rule() + (f.suggestion().isEmpty() ? "" : " → " + f.suggestion())));
                    getStyleClass().add("finding-" + f.severity().code());
                } else {
                    setText(item.toString());
                    getStyleClass().add("finding-group");
                }
            }
        });
        findingTree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b.getValue() instanceof Finding f) {
                places.reveal(f);
            }
        });
        vm.findings().addListener((ListChangeListener<Finding>) c -> showFindings());
        vm.dismissedProperty().addListener((o, a, b) -> showFindings());
        showFindings();

        Button fix = new Button(m.get("review.fix"));
        fix.setId("finding-fix");
        fix.disableProperty().bind(Bindings.createBooleanBinding(() -> selectedFinding() == null
                || selectedFinding().suggestion().isEmpty(), findingTree.getSelectionModel().selectedItemProperty()));
        fix.setOnAction(e -> fix(selectedFinding()));
        Button dismiss = new Button(m.get("review.dismiss"));
        dismiss.setId("finding-dismiss");
        dismiss.disableProperty().bind(Bindings.createBooleanBinding(() -> selectedFinding() == null,
                findingTree.getSelectionModel().selectedItemProperty()));
        dismiss.setOnAction(e -> vm.dismiss(selectedFinding()));
        Button restore = new Button();
        restore.setId("finding-undismiss");
        restore.textProperty().bind(Bindings.createStringBinding(() -> m.get("review.undismiss", vm.dismissedProperty().get()),
                vm.dismissedProperty()));
        restore.visibleProperty().bind(vm.dismissedProperty().greaterThan(0));
        restore.managedProperty().bind(restore.visibleProperty());
        restore.setOnAction(e -> vm.undismissAll());
        Button rules = new Button(m.get("review.rules"));
        rules.setId("review-rules");
        rules.setOnAction(e -> new RulesDialog(getScene().getWindow(), vm).show());
        Button lists = new Button(m.get("review.wordLists"));
        lists.setId("review-word-lists");
        lists.setOnAction(e -> new WordListDialog(getScene().getWindow(), vm).show());
        return pane(findingTree, fix, dismiss, restore, spacer(), rules, lists);
    }

    private Finding selectedFinding() {
        TreeItem<Object> item = findingTree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof Finding f ? f : null;
    }

    private void showFindings() {
        Finding selected = selectedFinding();
        TreeItem<Object> root = new TreeItem<>();
        for (Severity s : Severity.values()) {
            List<Finding> of = vm.findings().stream().filter(f -> f.severity() == s).toList();
            TreeItem<Object> group = new TreeItem<>(m.get("review.group", m.get("severity." + s.code()), of.size()));
            group.setExpanded(s != Severity.HINT || of.size() < 30);
            of.forEach(f -> group.getChildren().add(new TreeItem<>(f)));
            root.getChildren().add(group);
        }
        findingTree.setRoot(root);
        if (selected != null) {
            root.getChildren().stream().flatMap(g -> g.getChildren().stream())
                    .filter(i -> selected.equals(i.getValue())).findFirst()
                    .ifPresent(i -> findingTree.getSelectionModel().select(i));
        }
    }

    /** Applies a finding's suggestion where it is. */
    public void fix(Finding f) {
        if (f == null || f.suggestion().isEmpty()) {
            return;
        }
        if (Finding.BODY.equals(f.field())) {
            boolean done = places.fixInBody(f);
            vm.messageProperty().set(done ? m.get("review.fixed", f.text(), f.suggestion()) : m.get("review.fixMoved"));
        } else {
            vm.fixField(f);
        }
    }

    /** The menu a click on a mark in the preview opens: the message, the fix, dismiss. */
    public ContextMenu menuFor(List<Finding> findings) {
        ContextMenu menu = new ContextMenu();
        menu.setId("finding-menu");
        for (Finding f : findings) {
            MenuItem what = new MenuItem(m.get("severity." + f.severity().code()) + "：" + f.message());
            what.setOnAction(e -> select(f));
            menu.getItems().add(what);
            if (!f.suggestion().isEmpty()) {
                MenuItem fix = new MenuItem(m.get("review.fixTo", f.suggestion()));
                fix.setId("finding-menu-fix");
                fix.setOnAction(e -> fix(f));
                menu.getItems().add(fix);
            }
            MenuItem dismiss = new MenuItem(m.get("review.dismiss"));
            dismiss.setId("finding-menu-dismiss");
            dismiss.setOnAction(e -> vm.dismiss(f));
            menu.getItems().add(dismiss);
        }
        return menu;
    }

    /** Selects a finding in the list (and so shows its place). */
    public void select(Finding f) {
        tabs.getSelectionModel().select(0);
        findingTree.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream())
                .filter(i -> f.equals(i.getValue())).findFirst()
                .ifPresent(i -> {
                    findingTree.getSelectionModel().select(i);
                    findingTree.scrollTo(findingTree.getRow(i));
                });
    }

    // ---- 批注 ------------------------------------------------------------------------------------

    private Node notesPane() {
        noteList.setId("notes");
        noteList.setItems(vm.notes());
        noteList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Note n, boolean empty) {
                super.updateItem(n, empty);
                getStyleClass().removeAll("note-open", "note-resolved");
                if (empty || n == null) {
                    setText(null);
                    return;
                }
                String place = n.paragraph() < 0 ? m.get("sheet.wholeArticle") : m.get("sheet.paragraph", n.paragraph() + 1);
                String head = place + " · " + n.author() + " · " + TIME.format(n.createdAt().atZone(ZoneId.systemDefault()))
                        + (n.open() ? "" : " · " + m.get("sheet.resolvedBy", n.resolvedBy(),
                        TIME.format(n.resolvedAt().atZone(ZoneId.systemDefault()))));
                setText(head + "\n" + (n.anchor().isEmpty() ? "" : "“" + n.anchor() + "”　") + n.body());
                getStyleClass().add(n.open() ? "note-open" : "note-resolved");
            }
        });
        Button toggle = new Button();
        toggle.setId("note-resolve");
        toggle.textProperty().bind(Bindings.createStringBinding(() -> {
            Note n = noteList.getSelectionModel().getSelectedItem();
            return m.get(n != null && !n.open() ? "review.reopen" : "review.resolve");
        }, noteList.getSelectionModel().selectedItemProperty()));
        toggle.disableProperty().bind(noteList.getSelectionModel().selectedItemProperty().isNull());
        toggle.setOnAction(e -> {
            Note n = noteList.getSelectionModel().getSelectedItem();
            if (n != null) {
                if (n.open()) {
                    vm.resolve(n);
                } else {
                    vm.reopen(n);
                }
            }
        });

        ComboBox<Integer> paragraph = new ComboBox<>();
        paragraph.setId("note-paragraph");
        Runnable fill = () -> {
            Integer was = paragraph.getValue();
            List<Integer> items = new ArrayList<>();
            items.add(-1);
            for (int i = 0; i < vm.paragraphs().size(); i++) {
                items.add(i);
            }
            paragraph.getItems().setAll(items);
            paragraph.setValue(was != null && items.contains(was) ? was : -1);
        };
        vm.paragraphs().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        javafx.util.StringConverter<Integer> names = new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer i) {
                if (i == null || i < 0) {
                    return m.get("sheet.wholeArticle");
                }
                String text = i < vm.paragraphs().size() ? vm.paragraphs().get(i) : "";
                return m.get("sheet.paragraph", i + 1) + "　" + (text.length() > 14 ? text.substring(0, 14) + "…" : text);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        };
        paragraph.setConverter(names);
        paragraph.setMaxWidth(240);
        findingTree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b.getValue() instanceof Finding f && Finding.BODY.equals(f.field())) {
                paragraph.setValue(f.paragraph());
            }
        });
        TextField anchor = new TextField();
        anchor.setId("note-anchor");
        anchor.setPromptText(m.get("review.note.anchor"));
        anchor.setPrefColumnCount(8);
        TextArea body = new TextArea();
        body.setId("note-body");
        body.setPromptText(m.get("review.note.prompt"));
        body.setPrefRowCount(2);
        body.setWrapText(true);
        Button add = new Button(m.get("review.note.add"));
        add.setId("note-add");
        add.disableProperty().bind(body.textProperty().isEmpty());
        add.setOnAction(e -> {
            Integer p = paragraph.getValue();
            vm.addNote(p == null ? -1 : p, anchor.getText(), body.getText());
            body.clear();
            anchor.clear();
        });
        HBox where = new HBox(6, paragraph, anchor);
        where.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(anchor, Priority.ALWAYS);
        HBox write = new HBox(6, body, add);
        HBox.setHgrow(body, Priority.ALWAYS);
        write.setAlignment(Pos.CENTER_LEFT);
        VBox form = new VBox(4, where, write);
        VBox box = new VBox(6, noteList, new HBox(6, toggle), form);
        VBox.setVgrow(noteList, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    // ---- 流程 ------------------------------------------------------------------------------------

    private Node workflowPane() {
        statusLabel.setId("review-status");
        statusLabel.getStyleClass().add("status-badge");
        gateLabel.setId("review-gate");
        gateLabel.setWrapText(true);
        gateLabel.getStyleClass().add("review-gate");
        submit.setText(m.get("review.submit"));
        submit.setId("review-submit");
        submit.setOnAction(e -> vm.submit());
        approve.setText(m.get("review.approve"));
        approve.setId("review-approve");
        approve.setOnAction(e -> vm.approve());
        sendBack.setText(m.get("review.sendBack"));
        sendBack.setId("review-send-back");
        sendBack.setOnAction(e -> askSendBack());
        vm.editor().statusProperty().addListener((o, a, b) -> showStatus());
        vm.gateProperty().addListener((o, a, b) -> showStatus());

        TextField reviewer = new TextField();
        reviewer.setId("reviewer");
        reviewer.setPromptText(System.getProperty("user.name", ""));
        reviewer.textProperty().bindBidirectional(vm.reviewerProperty());
        reviewer.setPrefColumnCount(8);
        Button sheet = new Button(m.get("review.sheet"));
        sheet.setId("review-sheet");
        sheet.setOnAction(e -> chooseSheet());

        rounds.setId("rounds");
        rounds.setHgap(10);
        rounds.setVgap(3);
        vm.signed().addListener((MapChangeListener<Round, ReviewEvent>) c -> showRounds());
        vm.editor().statusProperty().addListener((o, a, b) -> showRounds());
        showRounds();

        eventList.setId("review-events");
        eventList.setItems(vm.events());
        eventList.setPrefHeight(90);
        eventList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ReviewEvent e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setText(null);
                    return;
                }
                String what = m.get("event." + e.kind().name().toLowerCase(java.util.Locale.ROOT))
                        + (e.round() == null ? "" : " · " + ReviewService.roundName(e.round()));
                setText(TIME.format(e.at().atZone(ZoneId.systemDefault())) + "　" + what + "　" + e.who()
                        + (e.text().isEmpty() ? "" : "　" + e.text()));
            }
        });

        HBox actions = new HBox(6, statusLabel, submit, approve, sendBack, spacer(), new Label(m.get("review.reviewer")), reviewer, sheet);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, actions, gateLabel, rounds, eventList);
        VBox.setVgrow(eventList, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        showStatus();
        return box;
    }

    private void showStatus() {
        Status s = vm.status();
        statusLabel.setText(m.get("status." + s.code()));
        statusLabel.getStyleClass().removeIf(c -> c.startsWith("status-is-"));
        statusLabel.getStyleClass().add("status-is-" + s.code());
        boolean open = vm.editor().articleId() != 0;
        submit.setDisable(!open || s != Status.DRAFT);
        approve.setDisable(!open || s != Status.IN_REVIEW);
        sendBack.setDisable(!open || s == Status.DRAFT);
        ReviewService.Gate g = vm.gateProperty().get();
        gateLabel.setText(g.open() ? m.get("gate.open") : m.get("review.gateClosed", g.describe()));
        gateLabel.getStyleClass().removeAll("gate-open", "gate-closed");
        gateLabel.getStyleClass().add(g.open() ? "gate-open" : "gate-closed");
    }

    private void showRounds() {
        rounds.getChildren().clear();
        for (Round r : Round.values()) {
            // reviews in the first pair of columns, proofreads in the second, a gap between
            int col = r.isReview() ? 0 : 3;
            int line = r.ordinal() % 3;
            Label name = new Label(ReviewService.roundName(r));
            name.getStyleClass().add("field-label");
            ReviewEvent e = vm.signed().get(r);
            Node state;
            if (e != null) {
                Label signedBy = new Label(m.get("review.signedBy", e.who(), TIME.format(e.at().atZone(ZoneId.systemDefault()))));
                signedBy.setId("round-" + r.code() + "-signed");
                signedBy.getStyleClass().add("round-signed");
                if (!e.text().isEmpty()) {
                    signedBy.setTooltip(new Tooltip(e.text()));
                }
                state = signedBy;
            } else {
                Button sign = new Button(m.get("review.signOff"));
                sign.setId("round-" + r.code());
                sign.setDisable(vm.status() != Status.IN_REVIEW);
                sign.setOnAction(x -> askSignOff(r));
                state = sign;
            }
            rounds.add(name, col, line);
            rounds.add(state, col + 1, line);
        }
        Region gap = new Region();
        gap.setMinWidth(24);
        rounds.add(gap, 2, 0);
    }

    private void askSendBack() {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(getScene().getWindow());
        d.setTitle(m.get("review.sendBack"));
        d.setHeaderText(m.get("review.sendBack.prompt"));
        d.getEditor().setId("send-back-reason");
        d.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK).disableProperty()
                .bind(d.getEditor().textProperty().isEmpty());
        d.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(vm::sendBack);
    }

    private void askSignOff(Round r) {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(getScene().getWindow());
        d.setTitle(m.get("review.signOff") + " · " + ReviewService.roundName(r));
        d.setHeaderText(m.get("review.signOff.prompt", ReviewService.roundName(r), vm.who()));
        d.getEditor().setPromptText(m.get("review.signOff.comment"));
        d.getEditor().setId("sign-off-comment");
        d.showAndWait().ifPresent(comment -> vm.signOff(r, comment));
    }

    private void chooseSheet() {
        if (vm.editor().articleId() == 0) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("review.sheet"));
        chooser.setInitialFileName(m.get("sheet.sheet") + "-" + vm.editor().articleId() + ".html");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML", "*.html"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            vm.exportSheet(file.toPath());
        }
    }

    // ---- 版本 ------------------------------------------------------------------------------------

    private Node revisionsPane() {
        revisionList.setId("revisions");
        revisionList.setItems(vm.revisions());
        revisionList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        revisionList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Revision r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : m.get("review.revision", r.version(),
                        TIME.format(r.createdAt().atZone(ZoneId.systemDefault())), reason(r.reason())));
            }
        });
        ToggleGroup granularity = new ToggleGroup();
        ToggleButton words = new ToggleButton(m.get("review.byWord"));
        words.setId("compare-words");
        ToggleButton chars = new ToggleButton(m.get("review.byCharacter"));
        chars.setId("compare-characters");
        words.setToggleGroup(granularity);
        chars.setToggleGroup(granularity);
        words.setSelected(true);
        granularity.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            }
        });
        Button compare = new Button(m.get("review.compare"));
        compare.setId("revision-compare");
        compare.disableProperty().bind(Bindings.size(revisionList.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
        compare.setOnAction(e -> {
            List<Revision> two = List.copyOf(revisionList.getSelectionModel().getSelectedItems());
            if (two.size() == 2) {
                vm.compare(two.get(0), two.get(1), chars.isSelected() ? TextDiff.Granularity.CHARACTER : TextDiff.Granularity.WORD,
                        places::compare);
            }
        });
        Button back = new Button(m.get("review.compareEnd"));
        back.setId("revision-compare-end");
        back.setOnAction(e -> places.compare(null));
        Button restore = new Button(m.get("review.restore"));
        restore.setId("revision-restore");
        restore.disableProperty().bind(Bindings.size(revisionList.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        restore.setOnAction(e -> {
            Revision r = revisionList.getSelectionModel().getSelectedItem();
            if (r != null) {
                javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                        m.get("review.restore.confirm", r.version()), javafx.scene.control.ButtonType.OK,
                        javafx.scene.control.ButtonType.CANCEL);
                ask.initOwner(getScene().getWindow());
                ask.setHeaderText(null);
                ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).ifPresent(b -> vm.restore(r));
            }
        });
        return pane(revisionList, words, chars, compare, back, spacer(), restore);
    }

    private String reason(String reason) {
        if (reason.startsWith("status:")) {
            return m.get("status." + reason.substring("status:".length()));
        }
        if (reason.startsWith("restore:")) {
            return m.get("review.revision.restored", reason.substring("restore:".length()));
        }
        String key = "review.revision.reason." + reason;
        return m.has(key) ? m.get(key) : reason;
    }

    // ---- layout ------------------------------------------------------------------------------------

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private static Node pane(Node main, Node... buttons) {
        HBox bar = new HBox(6, buttons);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, main, bar);
        VBox.setVgrow(main, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }
}
