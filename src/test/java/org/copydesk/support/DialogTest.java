package org.copydesk.support;

import java.nio.file.Path;
import org.copydesk.l10n.Messages;
import org.copydesk.service.Desk;
import org.copydesk.ui.fx.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * What a headless test of one of the desk's windows needs: a folder, a robot to look things up, the
 * desk it opens and the task runner the window works with (both closed after each test), Chinese text.
 */
public abstract class DialogTest {

    @TempDir
    protected Path dir;

    protected final FxRobot robot = new FxRobot();
    protected Desk desk;
    protected FxTaskRunner runner;

    @BeforeAll
    static void toolkit() throws Exception {
        Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeDeskAndRunner() {
        if (runner != null) {
            runner.close();
        }
        if (desk != null) {
            desk.close();
        }
    }
}
