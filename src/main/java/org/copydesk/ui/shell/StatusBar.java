package org.copydesk.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The line under the window: the save state (已保存 22:31:05), the last message, the counts. */
final class StatusBar extends HBox {

    StatusBar(ShellViewModel vm) {
        super(18);
        Label save = new Label();
        save.setId("save-state");
        save.textProperty().bind(vm.saveText());
        Label counts = new Label();
        counts.setId("counts");
        counts.textProperty().bind(vm.countText());
        Label message = new Label();
        message.setId("message");
        message.textProperty().bind(vm.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        // a long message is cut in the line: its tooltip and 复制文字 hold all of it
        org.copydesk.ui.fx.WholeText.install(message);
        // who is signing: the name on notes, rounds, approvals and packages (changed in 审校 > 流程)
        Label signer = new Label();
        signer.setId("signer");
        signer.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.signerProperty().get().isBlank()
                ? "" : org.copydesk.l10n.Messages.get().get("status.signer", vm.signerProperty().get().strip()), vm.signerProperty()));
        signer.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        org.copydesk.ui.fx.HoverTooltip.install(signer, org.copydesk.l10n.Messages.get().get("status.signer.tip"));
        getChildren().addAll(save, message, signer, counts);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 10, 3, 10));
        getStyleClass().add("status-bar");
    }
}
