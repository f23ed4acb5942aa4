package org.copydesk.ui.replace;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.copydesk.domain.ArticleField;
import org.copydesk.domain.Status;
import org.copydesk.l10n.Messages;
import org.copydesk.ui.fx.BatchControls;
import org.copydesk.l10n.Wording;
import org.copydesk.service.DeskReplace;

/**
 * The desk-wide replace window: what to find and what it becomes, where to look; 预览 lists every
 * article and every change in its context (nothing written); 全部替换 writes them as a whole and
 * 撤销全台替换 takes them back as a whole.
 */
public final class DeskReplaceDialog {

    private final Stage stage = new Stage();
    private final Messages m = Messages.get();

    public DeskReplaceDialog(Window owner, DeskReplaceViewModel vm, List<String> channels) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("deskReplace.title"));

        TextField find = new TextField();
        find.setId("desk-replace-find");
        find.textProperty().bindBidirectional(vm.findProperty());
        TextField with = new TextField();
        with.setId("desk-replace-with");
        with.textProperty().bindBidirectional(vm.replacementProperty());
        CheckBox matchCase = check("desk-replace-case", "find.matchCase", vm.matchCaseProperty());
        CheckBox wholeWord = check("desk-replace-word", "find.wholeWord", vm.wholeWordProperty());
        CheckBox regex = check("desk-replace-regex", "find.regex", vm.regexProperty());
        ComboBox<Status> status = new ComboBox<>();
        status.setId("desk-replace-status");
        status.getItems().add(null);
        status.getItems().addAll(Status.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(Status s) {
                return s == null ? m.get("deskReplace.allStatuses") : Wording.status(s);
            }

            @Override
            public Status fromString(String s) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(vm.statusProperty());
        ComboBox<String> channel = new ComboBox<>();
        channel.setId("desk-replace-channel");
        channel.getItems().add("");
        channel.getItems().addAll(channels);
        channel.setConverter(new StringConverter<>() {
            @Override
            public String toString(String c) {
                return c == null || c.isEmpty() ? m.get("deskReplace.allChannels") : c;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        channel.setValue("");
        channel.valueProperty().addListener((o, a, b) -> vm.channelProperty().set(b == null ? "" : b));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(m.get("find.find")), find);
        form.addRow(1, new Label(m.get("find.replaceWith")), with);
        GridPane.setHgrow(find, Priority.ALWAYS);
        GridPane.setHgrow(with, Priority.ALWAYS);
        FlowPane options = new FlowPane(12, 6, matchCase, wholeWord, regex, new Label(m.get("deskReplace.scope")), status, channel);

        ProgressBar bar = BatchControls.progress("desk-replace-progress", vm);
        Label summary = BatchControls.summary("desk-replace-summary", vm);

        TreeView<String> changes = new TreeView<>(new TreeItem<>());
        changes.setId("desk-replace-changes");
        changes.setShowRoot(false);
        changes.setPrefHeight(340);
        VBox.setVgrow(changes, Priority.ALWAYS);
        vm.items().addListener((ListChangeListener<DeskReplace.Item>) c -> changes.getRoot().getChildren().setAll(tree(vm.items())));

        Button preview = BatchControls.button("desk-replace-preview", m.get("deskReplace.preview"),
                vm.runningProperty().or(Bindings.isEmpty(vm.findProperty())), vm::preview);
        preview.setDefaultButton(true);
        Button stop = BatchControls.button("desk-replace-stop", m.get("batchTag.stop"), vm.runningProperty().not(), vm::cancel);
        Button apply = BatchControls.button("desk-replace-apply", m.get("deskReplace.apply"),
                vm.runningProperty().or(vm.plannedProperty().not()), vm::apply);
        Button undo = BatchControls.button("desk-replace-undo", m.get("deskReplace.undo"),
                vm.runningProperty().or(vm.appliedProperty().not()), vm::undo);
        Button close = BatchControls.button("desk-replace-close", m.get("batchTag.close"), null, () -> {
            vm.cancel();
            stage.close();
        });
        close.setCancelButton(true);
        FlowPane buttons = new FlowPane(8, 6, preview, stop, apply, undo, close);
        VBox root = new VBox(10, form, options, bar, summary, changes, buttons);
        root.setPadding(new Insets(14));
        root.setPrefWidth(760);
        stage.setScene(new Scene(root));
        stage.setOnCloseRequest(e -> vm.cancel());
    }

    private CheckBox check(String id, String key, javafx.beans.property.BooleanProperty p) {
        CheckBox c = new CheckBox(m.get(key));
        c.setId(id);
        c.selectedProperty().bindBidirectional(p);
        return c;
    }

    /** Each article, then each change: where it is, and the words around it with the change in brackets. */
    private List<TreeItem<String>> tree(List<DeskReplace.Item> items) {
        List<TreeItem<String>> out = new ArrayList<>();
        for (DeskReplace.Item i : items) {
            String head = m.get("deskReplace.article", i.id(), i.title(), i.changes().size())
                    + (i.refused().isEmpty() ? "" : "  " + m.get("deskReplace.refused." + i.refused()));
            TreeItem<String> article = new TreeItem<>(head);
            for (DeskReplace.Change c : i.changes()) {
                String where = Wording.field(c.field().key())
                        + (c.field() == ArticleField.BODY ? m.get("replace.paragraph", c.paragraph() + 1) : "");
                article.getChildren().add(new TreeItem<>(where + "：…" + c.left() + "［" + c.before() + " → " + c.after() + "］" + c.right() + "…"));
            }
            article.setExpanded(true);
            out.add(article);
        }
        return out;
    }

    public void show() {
        stage.show();
    }
}
