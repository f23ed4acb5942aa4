package org.copydesk.ui.shell;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import org.copydesk.l10n.Messages;

/** The notice an export ends with: where the page went, and buttons that open it or its folder. */
final class ExportedBar extends NoticeBar {

    ExportedBar(ShellViewModel vm, Consumer<Path> open) {
        this(vm, open, button("export.openPage", "exported-open-page"), button("export.openFolder", "exported-open-folder"));
    }

    private ExportedBar(ShellViewModel vm, Consumer<Path> open, Button page, Button folder) {
        super("exported-message", () -> vm.exportedPageProperty().set(null), page, folder);
        vm.exportedPageProperty().addListener((o, a, p) -> {
            setVisible(p != null);
            if (p != null) {
                text.setText(Messages.get().get("export.done", p));
                page.setOnAction(e -> open.accept(p));
                folder.setOnAction(e -> open.accept(p.getParent()));
            }
        });
    }

    private static Button button(String key, String id) {
        Button b = new Button(Messages.get().get(key));
        b.setId(id);
        return b;
    }
}
