package org.copydesk.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.copydesk.app.StartupProbe;

/** The yardstick for start-up: an empty JavaFX window of the same size, measured the same way. */
public final class EmptyWindow extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(), 1440, 900);
        stage.setScene(scene);
        StartupProbe.reportFirstFrame(scene, "COPYDESK_READY");
        stage.show();
    }

    /** Launches without extending Application in the main class, like the product's launcher. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(EmptyWindow.class, args);
        }
    }
}
