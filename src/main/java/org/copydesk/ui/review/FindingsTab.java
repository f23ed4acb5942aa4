package org.copydesk.ui.review;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.copydesk.domain.Finding;
import org.copydesk.domain.Severity;
import org.copydesk.l10n.Messages;
import org.copydesk.l10n.Wording;

/** 问题: the findings grouped by severity; a click shows the place, 改正 applies the fix, 忽略此处 dismisses. */
final class FindingsTab extends Tab {

    private final ReviewViewModel vm;
    private final Places places;
    private final Messages m = Messages.get();
    private final TreeView<Object> tree = new TreeView<>();

    FindingsTab(ReviewViewModel vm, Places places) {
        super(Messages.get().get("review.tab.findings"));
        this.vm = vm;
        this.places = places;
        setId("review-tab-findings");
        tree.setId("findings");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("finding-error", "finding-warning", "finding-hint", "finding-group");
                setTooltip(null);
                setContextMenu(null);
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof Finding f) {
                    setText(Wording.place(f) + "　" + f.message());
                    // the rule as a reader would name it, and the whole message (long ones are cut in the row)
                    setTooltip(new Tooltip(m.get("ruleName." + f.rule()) + "\n" + f.message()));
                    // right-click: the same actions as on the preview's mark, and the message to copy whole
                    setContextMenu(menuFor(List.of(f)));
                    getStyleClass().add("finding-" + f.severity().code());
                } else {
                    setText(item.toString());
                    getStyleClass().add("finding-group");
                }
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b.getValue() instanceof Finding f) {
                places.reveal(f);
            }
        });
        vm.findings().addListener((ListChangeListener<Finding>) c -> show());
        vm.dismissedProperty().addListener((o, a, b) -> show());
        show();

        Button fix = new Button(m.get("review.fix"));
        fix.setId("finding-fix");
        fix.disableProperty().bind(Bindings.createBooleanBinding(() -> selected() == null
                || selected().suggestion().isEmpty(), tree.getSelectionModel().selectedItemProperty()));
        fix.setOnAction(e -> fix(selected()));
        Button dismiss = new Button(m.get("review.dismiss"));
        dismiss.setId("finding-dismiss");
        dismiss.disableProperty().bind(Bindings.createBooleanBinding(() -> selected() == null,
                tree.getSelectionModel().selectedItemProperty()));
        dismiss.setOnAction(e -> vm.dismiss(selected()));
        Button learn = new Button(m.get("review.addToDictionaryShort"));
        learn.setId("finding-dictionary");
        learn.visibleProperty().bind(Bindings.createBooleanBinding(() -> selected() != null
                && selected().rule().equals("misspelling"), tree.getSelectionModel().selectedItemProperty()));
        learn.managedProperty().bind(learn.visibleProperty());
        learn.setOnAction(e -> vm.addToDictionary(selected()));
        Button restore = new Button();
        restore.setId("finding-undismiss");
        restore.textProperty().bind(Bindings.createStringBinding(() -> m.get("review.undismiss", vm.dismissedProperty().get()),
                vm.dismissedProperty()));
        restore.visibleProperty().bind(vm.dismissedProperty().greaterThan(0));
        restore.managedProperty().bind(restore.visibleProperty());
        restore.setOnAction(e -> vm.undismissAll());
        Button rules = new Button(m.get("review.rules"));
        rules.setId("review-rules");
        rules.setOnAction(e -> new RulesDialog(tree.getScene().getWindow(), vm).show());
        Button lists = new Button(m.get("review.wordLists"));
        lists.setId("review-word-lists");
        lists.setOnAction(e -> new WordListDialog(tree.getScene().getWindow(), vm).show());
        setContent(Layout.pane(tree, fix, dismiss, learn, restore, Layout.spacer(), rules, lists));
    }

    /**
     * Selects the next finding in the list (or the previous, {@code direction} -1), going round at
     * the ends, and so shows its place; false when there is none.
     */
    boolean step(int direction) {
        List<TreeItem<Object>> all = tree.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream()).toList();
        if (all.isEmpty()) {
            return false;
        }
        int at = all.indexOf(tree.getSelectionModel().getSelectedItem());
        int next = at < 0 ? (direction > 0 ? 0 : all.size() - 1) : Math.floorMod(at + direction, all.size());
        TreeItem<Object> item = all.get(next);
        item.getParent().setExpanded(true);
        getTabPane().getSelectionModel().select(this);
        tree.getSelectionModel().select(item);
        tree.scrollTo(Math.max(0, tree.getRow(item) - 2));
        return true;
    }

    /** Applies the selected finding's suggestion. */
    void fixSelected() {
        fix(selected());
    }

    /** Dismisses the selected finding here. */
    void dismissSelected() {
        if (selected() != null) {
            vm.dismiss(selected());
        }
    }

    /** The finding selected in the list, or null. */
    Finding selected() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof Finding f ? f : null;
    }

    /** Calls {@code then} with each finding selected in the list. */
    void onSelected(java.util.function.Consumer<Finding> then) {
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b.getValue() instanceof Finding f) {
                then.accept(f);
            }
        });
    }

    private void show() {
        Finding selected = selected();
        TreeItem<Object> root = new TreeItem<>();
        for (Severity s : Severity.values()) {
            List<Finding> of = vm.findings().stream().filter(f -> f.severity() == s).toList();
            TreeItem<Object> group = new TreeItem<>(m.get("review.group", m.get("severity." + s.code()), of.size()));
            group.setExpanded(s != Severity.HINT || of.size() < 30);
            of.forEach(f -> group.getChildren().add(new TreeItem<>(f)));
            root.getChildren().add(group);
        }
        tree.setRoot(root);
        if (selected != null) {
            root.getChildren().stream().flatMap(g -> g.getChildren().stream())
                    .filter(i -> selected.equals(i.getValue())).findFirst()
                    .ifPresent(i -> tree.getSelectionModel().select(i));
        }
    }

    /** Applies a finding's suggestion where it is. */
    void fix(Finding f) {
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

    /** The menu a click on a mark in the preview opens: the message, the fix, dismiss, and for a misspelling 加入本台词典. */
    ContextMenu menuFor(List<Finding> findings) {
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
            if (f.rule().equals("remote-image")) {
                // the page never shows an image from another site: bring it into the article, or take it out
                MenuItem fetch = new MenuItem(m.get("review.fetchImage"));
                fetch.setId("finding-menu-fetch");
                fetch.setOnAction(e -> places.saveRemoteImage(f.text()));
                MenuItem remove = new MenuItem(m.get("review.removeImage"));
                remove.setId("finding-menu-remove-image");
                remove.setOnAction(e -> places.removeImage(f.text()));
                menu.getItems().addAll(fetch, remove);
            }
            MenuItem copy = org.copydesk.ui.fx.WholeText.copyMenu(() -> Wording.exactPlace(f) + f.message()).getItems().get(0);
            menu.getItems().add(copy);
            if (f.rule().equals("misspelling")) {
                MenuItem learn = new MenuItem(m.get("review.addToDictionary", f.text()));
                learn.setId("finding-menu-dictionary");
                learn.setOnAction(e -> vm.addToDictionary(f));
                menu.getItems().add(learn);
            }
        }
        return menu;
    }

    /** Selects a finding in the list (and so shows its place). */
    void select(Finding f) {
        getTabPane().getSelectionModel().select(this);
        tree.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream())
                .filter(i -> f.equals(i.getValue())).findFirst()
                .ifPresent(i -> {
                    tree.getSelectionModel().select(i);
                    tree.scrollTo(tree.getRow(i));
                });
    }
}
