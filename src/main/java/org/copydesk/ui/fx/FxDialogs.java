package org.copydesk.ui.fx;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** {@link Dialogs} as the window's modal dialogs, owned by the main window. */
public final class FxDialogs implements Dialogs {

    private final Supplier<Window> owner;

    public FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setHeaderText(null);
        alert.setTitle(title);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public Optional<String> ask(Question q) {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(owner.get());
        d.setTitle(q.title());
        d.setHeaderText(q.header());
        d.getEditor().setId(q.id());
        d.getEditor().setPromptText(q.prompt());
        if (q.required()) {
            d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(d.getEditor().textProperty().isEmpty());
        }
        Optional<String> answer = d.showAndWait().map(String::strip);
        return q.required() ? answer.filter(s -> !s.isEmpty()) : answer;
    }
}
