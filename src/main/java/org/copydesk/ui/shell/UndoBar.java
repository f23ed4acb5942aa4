package org.copydesk.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.copydesk.l10n.Messages;
import org.copydesk.ui.drafts.DraftListViewModel;

/** The bar that offers to undo a deletion; hidden until something is deleted. */
final class UndoBar extends HBox {

    UndoBar(DraftListViewModel drafts) {
        super(10);
        Messages m = Messages.get();
        Label text = new Label();
        text.setId("deleted-message");
        Button undo = new Button(m.get("drafts.undoDelete"));
        undo.setId("undo-delete");
        undo.setOnAction(e -> drafts.undoDelete());
        Button dismiss = new Button("×");
        dismiss.getStyleClass().add("chip-remove");
        dismiss.setOnAction(e -> drafts.forgetDeleted());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(text, undo, gap, dismiss);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(5, 10, 5, 10));
        getStyleClass().add("undo-bar");
        managedProperty().bind(visibleProperty());
        setVisible(false);
        drafts.lastDeletedProperty().addListener((o, a, deleted) -> {
            setVisible(deleted != null);
            if (deleted != null) {
                text.setText(m.get("drafts.deleted", deleted.title().isBlank() ? m.get("drafts.untitled") : deleted.title()));
            }
        });
    }
}
