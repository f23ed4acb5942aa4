package org.copydesk.ui.review;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.copydesk.l10n.Messages;

/** The desk's rule switches: a rule switched off stops reporting on every article of the desk. */
final class RulesDialog {

    private final Stage stage = new Stage();

    RulesDialog(Window owner, ReviewViewModel vm) {
        Messages m = Messages.get();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("review.rules"));
        VBox list = new VBox(6);
        list.setId("rule-switches");
        list.setPadding(new Insets(12));
        Label hint = new Label(m.get("review.rules.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("tagger-message");
        list.getChildren().add(hint);
        vm.loadRules(state -> {
            for (String rule : state.rules()) {
                CheckBox box = new CheckBox(m.get("ruleName." + rule));
                box.setId("rule-" + rule);
                box.setTooltip(new Tooltip(rule));
                box.setSelected(!state.disabled().contains(rule));
                box.selectedProperty().addListener((o, a, on) -> vm.setRuleEnabled(rule, on));
                list.getChildren().add(box);
            }
        });
        stage.setScene(new Scene(new ScrollPane(list), 360, 560));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
    }

    void show() {
        stage.show();
    }
}
