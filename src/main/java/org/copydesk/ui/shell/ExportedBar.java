package org.copydesk.ui.shell;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.copydesk.l10n.Messages;

/** The notice an export ends with: where the page went, and buttons that open it or its folder. */
final class ExportedBar extends HBox {

    ExportedBar(ShellViewModel vm, Consumer<Path> open) {
        super(10);
        Messages m = Messages.get();
        Label text = new Label();
        text.setId("exported-message");
        Button page = new Button(m.get("export.openPage"));
        page.setId("exported-open-page");
        Button folder = new Button(m.get("export.openFolder"));
        folder.setId("exported-open-folder");
        Button dismiss = new Button("×");
        dismiss.getStyleClass().add("chip-remove");
        dismiss.setOnAction(e -> vm.exportedPageProperty().set(null));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(text, page, folder, gap, dismiss);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(5, 10, 5, 10));
        getStyleClass().add("undo-bar");
        managedProperty().bind(visibleProperty());
        setVisible(false);
        vm.exportedPageProperty().addListener((o, a, p) -> {
            setVisible(p != null);
            if (p != null) {
                text.setText(m.get("export.done", p));
                page.setOnAction(e -> open.accept(p));
                folder.setOnAction(e -> open.accept(p.getParent()));
            }
        });
    }
}
