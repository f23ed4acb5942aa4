package org.copydesk.ui.fx;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/** The controls every window over many articles has: its progress, its summary line, its buttons. */
public final class BatchControls {

    private BatchControls() {
    }

    /** The progress of the work, across the window. */
    public static ProgressBar progress(String id, BatchWork work) {
        ProgressBar bar = new ProgressBar(0);
        bar.setId(id);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(work.progressProperty());
        return bar;
    }

    /** The line saying where the work stands, wrapped. */
    public static Label summary(String id, BatchWork work) {
        Label summary = new Label();
        summary.setId(id);
        summary.setWrapText(true);
        summary.textProperty().bind(work.summaryProperty());
        return summary;
    }

    /** A button, disabled while {@code disabled} holds. */
    public static Button button(String id, String text, ObservableValue<Boolean> disabled, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        if (disabled != null) {
            b.disableProperty().bind(disabled);
        }
        b.setOnAction(e -> action.run());
        return b;
    }
}
