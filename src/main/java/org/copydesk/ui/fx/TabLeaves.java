package org.copydesk.ui.fx;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab leaves a text area as it leaves a one-line field (Shift+Tab goes back), instead of typing a
 * tab character no article wants; the keyboard can walk through the window.
 */
public final class TabLeaves {

    private TabLeaves() {
    }

    /** Tab and Shift+Tab move the focus on; with {@code enterToo}, so does Enter (a one-paragraph field). */
    public static void install(TextArea area, boolean enterToo) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean tab = e.getCode() == KeyCode.TAB && !e.isControlDown();
            if (tab || enterToo && e.getCode() == KeyCode.ENTER) {
                e.consume();
                // a text area moves the focus on Ctrl+Tab (backwards with Shift)
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, tab && e.isShiftDown(), true, false, false));
            }
        });
    }
}
