package org.copydesk.ui.tagger;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.copydesk.l10n.Messages;
import org.copydesk.ui.fx.BatchControls;

/**
 * The batch-tagging window: progress and 停止 while the tagger looks, then a table of what it would
 * set (each row ticked, to be unticked), 应用 to write it and 撤销 to take it all back.
 */
public final class BatchTagDialog {

    private final Stage stage = new Stage();

    public BatchTagDialog(Window owner, BatchTagViewModel vm) {
        Messages m = Messages.get();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("batchTag.title"));
        ProgressBar bar = BatchControls.progress("batch-tag-progress", vm);
        Label summary = BatchControls.summary("batch-tag-summary", vm);

        TableView<BatchTagViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("batch-tag-table");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<BatchTagViewModel.Row, Boolean> chosen = new TableColumn<>();
        chosen.setCellValueFactory(c -> c.getValue().chosenProperty());
        chosen.setCellFactory(CheckBoxTableCell.forTableColumn(chosen));
        chosen.setEditable(true);
        chosen.setMinWidth(32);
        chosen.setMaxWidth(32);
        TableColumn<BatchTagViewModel.Row, String> title = new TableColumn<>(m.get("batchTag.col.title"));
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().change().title()));
        title.setPrefWidth(230);
        TableColumn<BatchTagViewModel.Row, String> channel = new TableColumn<>(m.get("batchTag.col.channel"));
        channel.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().channelShown()));
        channel.setPrefWidth(80);
        TableColumn<BatchTagViewModel.Row, String> keywords = new TableColumn<>(m.get("batchTag.col.keywords"));
        keywords.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().keywordsShown()));
        keywords.setPrefWidth(380);
        // the whole list on hover, however narrow the column
        keywords.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        table.getColumns().add(chosen);
        table.getColumns().add(title);
        table.getColumns().add(channel);
        table.getColumns().add(keywords);
        table.setPlaceholder(new Label(m.get("batchTag.none")));
        table.setPrefHeight(320);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button stop = BatchControls.button("batch-tag-stop", m.get("batchTag.stop"), vm.runningProperty().not(), vm::cancel);
        Button apply = BatchControls.button("batch-tag-apply", m.get("batchTag.apply"),
                vm.runningProperty().or(vm.appliedProperty()).or(javafx.beans.binding.Bindings.isEmpty(vm.rows())), vm::apply);
        apply.setDefaultButton(true);
        Button undo = BatchControls.button("batch-tag-undo", m.get("batchTag.undo"), vm.runningProperty().or(vm.appliedProperty().not()),
                vm::undo);
        Button close = BatchControls.button("batch-tag-close", m.get("batchTag.close"), null, () -> {
            vm.cancel();
            stage.close();
        });
        close.setCancelButton(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, stop, gap, undo, apply, close);
        VBox root = new VBox(10, bar, summary, table, buttons);
        root.setPadding(new Insets(14));
        root.setPrefWidth(820);
        stage.setScene(new Scene(root));
        stage.setOnCloseRequest(e -> vm.cancel());
        vm.start();
    }

    public void show() {
        stage.show();
    }
}
