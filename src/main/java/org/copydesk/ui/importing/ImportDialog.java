package org.copydesk.ui.importing;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.copydesk.domain.Receipt;
import org.copydesk.l10n.Messages;

/**
 * The import report window: progress while files are read, then every file with its outcome; the
 * selected file's report (what each cleaning step changed, what was not found, each finding and its
 * place) beside it. Nothing is stored until the editor presses 导入.
 */
public final class ImportDialog {

    private final Stage stage = new Stage();
    private final ImportViewModel vm;

    public ImportDialog(Window owner, ImportViewModel vm, Consumer<List<Receipt>> onStored) {
        this.vm = vm;
        Messages m = Messages.get();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("import.title"));

        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.visibleProperty().bind(vm.readingProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label summary = new Label();
        summary.setId("import-summary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);

        ListView<ImportViewModel.Row> files = new ListView<>(vm.rows());
        files.setId("import-files");
        files.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ImportViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                setText((row.ok() ? "✓ " : "✗ ") + row.name() + "\n" + row.headline());
                setStyle(row.ok() ? "" : "-fx-text-fill: #b5121b;");
            }
        });
        TextArea details = new TextArea();
        details.setId("import-details");
        details.setEditable(false);
        details.setWrapText(true);
        files.getSelectionModel().selectedItemProperty().addListener((o, a, row) ->
                details.setText(row == null ? "" : String.join("\n", row.details())));
        vm.rows().addListener((javafx.collections.ListChangeListener<ImportViewModel.Row>) c -> {
            if (files.getSelectionModel().isEmpty() && !vm.rows().isEmpty()) {
                files.getSelectionModel().select(0);
            }
        });
        SplitPane split = new SplitPane(files, details);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);

        Button cancel = new Button(m.get("import.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            vm.cancel();
            stage.close();
        });
        Button store = new Button(m.get("import.store"));
        store.setId("import-store");
        store.setDefaultButton(true);
        store.disableProperty().bind(vm.readingProperty().or(vm.storingProperty())
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> vm.storable() == 0, vm.rows())));
        store.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.get("import.storeN", vm.storable()), vm.rows()));
        store.setOnAction(e -> vm.store(stored -> {
            stage.close();
            onStored.accept(stored);
        }));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, cancel, store);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(8, summary, bar, split, buttons);
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(new BorderPane(root), 900, 560));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
