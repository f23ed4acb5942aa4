package org.copydesk.ui.backup;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.copydesk.service.Backup;
import org.copydesk.l10n.Messages;

/**
 * 文件 > 从备份恢复…: the desk's backups, newest first, with when, why and how large; 恢复 puts the
 * chosen one in place of the desk (the current file is kept aside) and the window reopens on it.
 */
public final class RestoreDialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final Dialog<Backup> dialog = new Dialog<>();

    public RestoreDialog(Window owner, List<Backup> backups) {
        Messages m = Messages.get();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("restore.title"));
        ListView<Backup> list = new ListView<>();
        list.setId("restore-list");
        list.getItems().setAll(backups);
        list.setPrefSize(520, 300);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Backup b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : shown(b));
            }
        });
        if (!backups.isEmpty()) {
            list.getSelectionModel().select(0);
        }
        Label hint = new Label(backups.isEmpty() ? m.get("backup.none") : m.get("restore.hint"));
        hint.setId("restore-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        VBox box = new VBox(8, hint, list);
        box.setPadding(new Insets(12));
        dialog.getDialogPane().setContent(box);
        ButtonType restore = new ButtonType(m.get("restore.do"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(m.get("restore.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(keep, restore);
        // keeping the desk as it is stays the default: restoring is a deliberate click
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(restore)).setDefaultButton(false);
        dialog.getDialogPane().lookupButton(restore).setId("restore-do");
        dialog.getDialogPane().lookupButton(restore).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == restore ? list.getSelectionModel().getSelectedItem() : null);
    }

    /** One backup as the list shows it: time, why, size. */
    static String shown(Backup b) {
        Messages m = Messages.get();
        String why = b.why().startsWith("before-v") ? "  " + m.get("restore.beforeMigration") : "";
        return TIME.format(b.at()) + "  " + org.copydesk.l10n.Wording.size(b.bytes()) + why;
    }

    /** When a backup was made, as messages name it. */
    public static String when(Backup b) {
        return TIME.format(b.at());
    }

    public Optional<Backup> showAndWait() {
        return dialog.showAndWait();
    }
}
