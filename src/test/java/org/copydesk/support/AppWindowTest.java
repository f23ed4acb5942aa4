package org.copydesk.support;

import static org.copydesk.support.FxTestSupport.await;
import static org.copydesk.support.FxTestSupport.fx;

import javafx.application.Application;
import javafx.scene.web.WebView;
import org.copydesk.app.CopydeskApp;
import org.copydesk.app.LaunchOptions;
import org.copydesk.l10n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** What window tests of the whole application share: starting it on a desk, stopping it, reading the preview. */
public abstract class AppWindowTest {

    protected final FxRobot robot = new FxRobot();
    protected Application app;

    @BeforeAll
    protected static void toolkit() throws Exception {
        Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    protected void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    /** Starts the application and waits until both web views (body editor, preview) are in place. */
    protected void start(LaunchOptions options) throws Exception {
        app = FxToolkit.setupApplication(() -> new CopydeskApp(options));
        await("the body editor and preview", 30, () -> robot.lookup("#body-editor").tryQuery().isPresent()
                && robot.lookup("#preview").tryQuery().isPresent());
    }

    /** Runs a script in the preview's page. */
    protected Object previewScript(String js) {
        return fx(() -> robot.lookup("#preview").queryAs(WebView.class).getEngine().executeScript(js));
    }

    /** The text of the first element of the preview's page that matches the selector, or "". */
    protected String previewText(String selector) {
        Object v = previewScript("(function(){var e=document.querySelector('" + selector + "');return e?e.textContent:'';})()");
        return v == null ? "" : v.toString();
    }
}
