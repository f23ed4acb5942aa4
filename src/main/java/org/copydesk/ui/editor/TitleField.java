package org.copydesk.ui.editor;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.text.Text;

/**
 * The headline: one paragraph that wraps onto as many lines as it needs (up to three, then it
 * scrolls), so a long title is read whole, never cut at the field's edge. Enter and Tab leave the
 * field as they leave a one-line field; a pasted line break becomes a space.
 */
final class TitleField extends TextArea {

    private static final int MAX_LINES = 3;
    private final Text probe = new Text();
    /** The height of one line in the field's font, measured when the font changes. */
    private double line;

    TitleField() {
        setWrapText(true);
        setPrefRowCount(1);
        setTextFormatter(new TextFormatter<String>(change -> {
            if (change.getText().indexOf('\n') >= 0 || change.getText().indexOf('\r') >= 0) {
                change.setText(change.getText().replaceAll("[\\r\\n]+", " "));
            }
            return change;
        }));
        org.copydesk.ui.fx.TabLeaves.install(this, true);
        textProperty().addListener((o, a, b) -> fit());
        widthProperty().addListener((o, a, b) -> fit());
        fontProperty().addListener((o, a, b) -> {
            line = 0;
            fit();
        });
    }

    /** As tall as the title takes at this width (up to three lines), with no scroll bar. */
    private void fit() {
        // the text area's content padding (about 0.6em each side) and its border
        double pad = getFont().getSize() * 1.4;
        double width = getWidth() - snappedLeftInset() - snappedRightInset() - pad;
        if (width <= 0) {
            return;
        }
        probe.setFont(getFont());
        if (line == 0) {
            probe.setWrappingWidth(0);
            probe.setText("字");
            line = probe.getLayoutBounds().getHeight();
        }
        probe.setText(getText().isEmpty() ? "字" : getText());
        probe.setWrappingWidth(width);
        double text = Math.min(probe.getLayoutBounds().getHeight(), line * MAX_LINES);
        double height = Math.ceil(text + getFont().getSize() * 0.8 + snappedTopInset() + snappedBottomInset());
        if (getPrefHeight() != height) {
            setPrefHeight(height);
            setMinHeight(height);
        }
    }
}
