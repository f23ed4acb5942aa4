package org.copydesk.ui.publishing;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.copydesk.l10n.Messages;

/** The publishing window: progress and 停止 while the site is built, then what changed. */
public final class PublishDialog {

    private final Stage stage = new Stage();

    public PublishDialog(Window owner, PublishViewModel vm, Path dir) {
        Messages m = Messages.get();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("publish.title"));
        Label where = new Label(m.get("publish.where", dir));
        where.setWrapText(true);
        ProgressBar bar = new ProgressBar();
        bar.setId("publish-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label summary = new Label();
        summary.setId("publish-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        ListView<String> details = new ListView<>(vm.details());
        details.setId("publish-details");
        details.setPrefHeight(260);
        VBox.setVgrow(details, Priority.ALWAYS);
        Button stop = new Button(m.get("publish.stop"));
        stop.setId("publish-stop");
        stop.disableProperty().bind(vm.runningProperty().not());
        stop.setOnAction(e -> vm.cancel());
        Button close = new Button(m.get("publish.close"));
        close.setId("publish-close");
        close.disableProperty().bind(vm.runningProperty());
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, stop, close);
        VBox root = new VBox(10, where, bar, summary, details, buttons);
        root.setPadding(new Insets(14));
        root.setPrefWidth(640);
        stage.setScene(new Scene(root));
        // closing the window while publishing stops the publishing, between two files
        stage.setOnCloseRequest(e -> vm.cancel());
        vm.publish(dir);
    }

    public void show() {
        stage.show();
    }
}
