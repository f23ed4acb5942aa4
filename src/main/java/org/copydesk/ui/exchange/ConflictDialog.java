package org.copydesk.ui.exchange;

import org.copydesk.domain.MergeView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.copydesk.l10n.Messages;
import org.copydesk.service.ExchangeService;

/**
 * The merge of a conflict: for every place both desks changed, the common base, this desk's version
 * and the other's side by side, and under them the result, which starts as this desk's and can
 * take either side or be rewritten. 完成合并 keeps the result as a revision naming both sides.
 */
public final class ConflictDialog extends Dialog<Map<String, String>> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    public ConflictDialog(Window owner, MergeView view) {
        Messages m = Messages.get();
        initOwner(owner);
        setTitle(m.get("conflict.title", view.title()));
        setResizable(true);
        Label intro = new Label(m.get("conflict.intro"));
        intro.setWrapText(true);
        VBox parts = new VBox(14);
        Map<String, TextArea> results = new LinkedHashMap<>();
        for (MergeView.Part p : view.parts()) {
            Label label = new Label(p.label());
            label.getStyleClass().add("conflict-part-label");
            GridPane sides = new GridPane();
            sides.setHgap(8);
            sides.setVgap(4);
            for (int c = 0; c < 3; c++) {
                ColumnConstraints cc = new ColumnConstraints();
                cc.setPercentWidth(100 / 3.0);
                cc.setHgrow(Priority.ALWAYS);
                sides.getColumnConstraints().add(cc);
            }
            String theirs = (view.theirsBy().isEmpty() ? m.get("conflict.theirs") : view.theirsBy())
                    + (view.theirsAt() == null ? "" : "（" + WHEN.format(view.theirsAt()) + "）");
            sides.addRow(0, side(m.get("conflict.base")), side(m.get("conflict.mine")), side(theirs));
            sides.addRow(1, shown(p.base()), shown(p.mine()), shown(p.theirs()));
            TextArea result = new TextArea(p.mine());
            result.setId("conflict-result-" + p.key().replace(':', '-'));
            result.setWrapText(true);
            result.setPrefRowCount(Math.max(2, Math.min(8, p.mine().split("\n", -1).length + 1)));
            Button mine = new Button(m.get("conflict.takeMine"));
            mine.setOnAction(e -> result.setText(p.mine()));
            Button other = new Button(m.get("conflict.takeTheirs"));
            other.setId("conflict-take-theirs-" + p.key().replace(':', '-'));
            other.setOnAction(e -> result.setText(p.theirs()));
            results.put(p.key(), result);
            parts.getChildren().add(new VBox(4, label, sides, new HBox(6, mine, other), result));
        }
        ScrollPane scroll = new ScrollPane(parts);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        VBox content = new VBox(10, intro, scroll);
        content.setPadding(new Insets(4));
        content.setPrefWidth(920);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getDialogPane().setContent(content);
        ButtonType done = new ButtonType(m.get("conflict.done"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(done, ButtonType.CANCEL);
        getDialogPane().lookupButton(done).setId("conflict-done");
        setResultConverter(b -> {
            if (b != done) {
                return null;
            }
            Map<String, String> out = new LinkedHashMap<>();
            results.forEach((k, t) -> out.put(k, t.getText()));
            return out;
        });
    }

    private static Label side(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("conflict-side");
        return l;
    }

    private static TextArea shown(String text) {
        TextArea t = new TextArea(text);
        t.setEditable(false);
        t.setWrapText(true);
        t.setFocusTraversable(false);
        t.setPrefRowCount(Math.max(2, Math.min(8, text.split("\n", -1).length + 1)));
        return t;
    }
}
