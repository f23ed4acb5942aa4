package org.copydesk.ui.shared;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.copydesk.l10n.Messages;

/**
 * 文件 > 打开共享编辑台…: the server's address and, unless it is known already (PGPASSWORD,
 * ~/.pgpass), the password. The password lives only in memory for as long as the desk is open.
 */
public final class SharedDeskDialog extends Dialog<SharedDeskDialog.Login> {

    /** What the person typed. */
    public record Login(String address, String password) {

        @Override
        public String toString() {
            return "Login[" + address + "]";
        }
    }

    /**
     * @param address the address to start from (the last one opened, or a window started on one)
     * @param askAddress false when only the password is asked for (the address was given at launch)
     */
    public SharedDeskDialog(Window owner, String address, boolean askAddress) {
        Messages m = Messages.get();
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(askAddress ? m.get("shared.dialogTitle") : m.get("shared.passwordFor", address));
        setHeaderText(null);
        TextField where = new TextField(address);
        where.setId("shared-address");
        where.setPrefColumnCount(42);
        where.setPromptText("postgresql://host/copydesk?user=name");
        PasswordField password = new PasswordField();
        password.setId("shared-password");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(14));
        int row = 0;
        if (askAddress) {
            grid.addRow(row++, new Label(m.get("shared.address")), where);
            GridPane.setHgrow(where, Priority.ALWAYS);
        }
        grid.addRow(row, new Label(m.get("shared.password")), password);
        getDialogPane().setContent(grid);
        ButtonType open = new ButtonType(m.get("shared.open"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        getDialogPane().lookupButton(open).disableProperty().bind(where.textProperty().isEmpty());
        setResultConverter(b -> b == open ? new Login(where.getText().strip(), password.getText()) : null);
        setOnShown(e -> (askAddress && address.isEmpty() ? where : password).requestFocus());
    }
}
