package org.copydesk.ui.fx;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import org.copydesk.l10n.Messages;

/**
 * A message that may be longer than the room it has (the status line, a refusal, a finding): its
 * whole text as a tooltip, and 复制文字 on the right-click menu, so it can always be read and passed on.
 */
public final class WholeText {

    private WholeText() {
    }

    /** Keeps the tooltip and the copy action on the label's text as it changes. */
    public static void install(Labeled label) {
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        tip.textProperty().bind(label.textProperty());
        label.setTooltip(label.getText() == null || label.getText().isEmpty() ? null : tip);
        label.textProperty().addListener((o, a, b) -> label.setTooltip(b == null || b.isEmpty() ? null : tip));
        label.setContextMenu(copyMenu(label::getText));
    }

    /** A right-click menu with one item that copies what {@code text} gives at the time. */
    public static ContextMenu copyMenu(java.util.function.Supplier<String> text) {
        MenuItem copy = new MenuItem(Messages.get().get("action.copyText"));
        copy.setId("copy-text");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text.get() == null ? "" : text.get());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        return new ContextMenu(copy);
    }
}
