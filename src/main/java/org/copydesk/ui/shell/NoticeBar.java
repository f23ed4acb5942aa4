package org.copydesk.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A bar above the status bar: a sentence, its actions, and × to put it away; hidden until shown. */
abstract class NoticeBar extends HBox {

    protected final Label text = new Label();

    NoticeBar(String textId, Runnable dismiss, Button... actions) {
        super(10);
        text.setId(textId);
        Button close = new Button("×");
        close.getStyleClass().add("chip-remove");
        close.setOnAction(e -> dismiss.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().add(text);
        getChildren().addAll(actions);
        getChildren().addAll(gap, close);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(5, 10, 5, 10));
        getStyleClass().add("undo-bar");
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }
}
