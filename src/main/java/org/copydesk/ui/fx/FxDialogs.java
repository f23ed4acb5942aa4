package org.copydesk.ui.fx;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
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

    /**
     * Asks whether to quit with work the desk has not taken; true only for an explicit "quit without
     * saving".
     */
    public static boolean quitAnyway(Window owner, String message) {
        return unsavedOnQuit(owner, message).showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OTHER).orElse(false);
    }

    /**
     * The question itself: staying in the window is the default button (Enter, Escape and closing the
     * question all keep the work).
     */
    static Alert unsavedOnQuit(Window owner, String message) {
        org.copydesk.l10n.Messages m = org.copydesk.l10n.Messages.get();
        ButtonType stay = new ButtonType(m.get("close.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType quit = new ButtonType(m.get("close.quitAnyway"), ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.WARNING, message, quit, stay);
        alert.initOwner(owner);
        alert.setHeaderText(null);
        ((Button) alert.getDialogPane().lookupButton(stay)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(quit)).setDefaultButton(false);
        return alert;
    }
}
