package org.copydesk.ui.editor;

import org.copydesk.support.FxTestSupport;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.scene.control.TextField;
import org.copydesk.app.CopydeskApp;
import org.copydesk.app.LaunchOptions;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A child process for the crash test: opens the window on a database, then types into the title
 * and the body without stopping, printing what it has typed and when, until it is killed.
 */
public final class TypingDriver {

    /** The character typed; the crash test counts how many of them survived. */
    public static final String CHAR = "字";

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        LaunchOptions options = new LaunchOptions(dir.resolve("desk.db"), false, null, dir.resolve("preview"),
                Preferences.userRoot().node("copydesk-test/typing-" + ProcessHandle.current().pid()));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(() -> new CopydeskApp(options));
        FxRobot robot = new FxRobot();
        FxTestSupport.await("the editor", 30, () -> robot.lookup("#body-editor").tryQuery().isPresent()
                && !robot.lookup("#title").queryAs(javafx.scene.control.TextInputControl.class).isDisabled());
        FxTestSupport.runFx(() -> robot.lookup("#title").queryAs(javafx.scene.control.TextInputControl.class).clear());
        robot.clickOn("#title");
        System.out.println("READY " + System.currentTimeMillis());
        System.out.flush();
        int typed = 0;
        while (true) {
            robot.write(CHAR);
            typed++;
            System.out.println("TYPED " + typed + " " + System.currentTimeMillis());
            System.out.flush();
            Thread.sleep(40);
        }
    }
}
