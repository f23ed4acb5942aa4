package org.copydesk.ui.fx;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first comes over its control rather than with the control: every
 * tooltip is a small window of its own, and a window built with a row of them opens later.
 */
public final class HoverTooltip {

    private HoverTooltip() {
    }

    /** Gives {@code control} a tooltip of {@code text} the first time the pointer enters it. */
    public static void install(Control control, String text) {
        EventHandler<MouseEvent> first = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(text));
                }
            }
        };
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, first);
    }
}
