package org.copydesk.ui.shell;

import javafx.scene.control.Button;
import org.copydesk.l10n.Messages;
import org.copydesk.ui.drafts.DraftListViewModel;

/** The bar that offers to undo a deletion; hidden until something is deleted. */
final class UndoBar extends NoticeBar {

    UndoBar(DraftListViewModel drafts) {
        super("deleted-message", drafts::forgetDeleted, undoButton(drafts));
        Messages m = Messages.get();
        drafts.lastDeletedProperty().addListener((o, a, deleted) -> {
            setVisible(deleted != null);
            if (deleted != null) {
                text.setText(m.get("drafts.deleted", deleted.title().isBlank() ? m.get("drafts.untitled") : deleted.title()));
            }
        });
    }

    private static Button undoButton(DraftListViewModel drafts) {
        Button undo = new Button(Messages.get().get("drafts.undoDelete"));
        undo.setId("undo-delete");
        undo.setOnAction(e -> drafts.undoDelete());
        return undo;
    }
}
