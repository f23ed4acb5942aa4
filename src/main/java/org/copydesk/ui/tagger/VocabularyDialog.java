package org.copydesk.ui.tagger;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.copydesk.l10n.Messages;
import org.copydesk.domain.KeywordUse;

/** The keyword vocabulary window: every keyword with its uses; rename, merge into another, delete. */
public final class VocabularyDialog {

    private final Stage stage = new Stage();

    public VocabularyDialog(Window owner, VocabularyViewModel vm) {
        Messages m = Messages.get();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("vocabulary.title"));
        TableView<KeywordUse> table = new TableView<>(vm.words());
        table.setId("vocabulary");
        TableColumn<KeywordUse, String> word = new TableColumn<>(m.get("vocabulary.word"));
        word.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().word()));
        word.setPrefWidth(220);
        TableColumn<KeywordUse, Integer> uses = new TableColumn<>(m.get("vocabulary.uses"));
        uses.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().uses()));
        table.getColumns().add(word);
        table.getColumns().add(uses);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button rename = new Button(m.get("vocabulary.rename"));
        rename.setId("vocabulary-rename");
        rename.setOnAction(e -> selected(table).ifPresent(w -> {
            TextInputDialog d = new TextInputDialog(w.word());
            d.initOwner(stage);
            d.setHeaderText(m.get("vocabulary.renamePrompt", w.word()));
            d.showAndWait().map(String::strip).filter(s -> !s.isEmpty() && !s.equals(w.word()))
                    .ifPresent(to -> vm.rename(w.word(), to));
        }));
        Button delete = new Button(m.get("vocabulary.delete"));
        delete.setId("vocabulary-delete");
        delete.setOnAction(e -> selected(table).ifPresent(w -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, m.get("vocabulary.deletePrompt", w.word()), ButtonType.OK, ButtonType.CANCEL);
            a.initOwner(stage);
            a.setHeaderText(null);
            a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.delete(w.word()));
        }));
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        Label hint = new Label(m.get("vocabulary.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("tagger-message");
        HBox buttons = new HBox(8, rename, delete);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(8, hint, table, buttons, message);
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 480, 560));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        vm.reload();
    }

    private static Optional<KeywordUse> selected(TableView<KeywordUse> table) {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    public void show() {
        stage.show();
    }
}
