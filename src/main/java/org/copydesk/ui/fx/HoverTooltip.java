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

    /** The text waiting for the pointer, kept in the control's properties. */
    private static final String PENDING = HoverTooltip.class.getName();

    private HoverTooltip() {
    }

    /**
     * Gives {@code control} a tooltip of {@code text}: made the first time the pointer enters it, or,
     * if it has one already, that one is given the new text. A control whose text changes (a
     * suggestion's reason) can be given it again each time without making tooltips it never shows.
     */
    public static void install(Control control, String text) {
        if (control.getTooltip() != null) {
            control.getTooltip().setText(text);
            return;
        }
        boolean waiting = control.getProperties().put(PENDING, text) != null;
        if (waiting) {
            return;
        }
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                String pending = (String) control.getProperties().remove(PENDING);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(pending));
                }
            }
        });
    }
}
