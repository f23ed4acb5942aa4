package org.copydesk.ui.review;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The layout the review tabs share: a main node over a row of buttons, and short times. */
final class Layout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private Layout() {
    }

    static String time(Instant t) {
        return TIME.format(t.atZone(ZoneId.systemDefault()));
    }

    static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    /** A control that is never narrower than its text: the row around it wraps or scrolls instead. */
    static <T extends Region> T whole(T r) {
        r.setMinWidth(Region.USE_PREF_SIZE);
        return r;
    }

    static VBox pane(Node main, Node... buttons) {
        HBox bar = new HBox(6, buttons);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, main, bar);
        VBox.setVgrow(main, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }
}
