package org.copydesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.support.FxTestSupport.fx;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.copydesk.l10n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Quitting with work the desk has not taken: Enter (the default button) keeps the window and the work. */
class QuitQuestionTest {

    @BeforeAll
    static void toolkit() throws Exception {
        Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theDefaultButtonStaysAndOnlyAnExplicitChoiceQuits() {
        Alert alert = fx(() -> FxDialogs.unsavedOnQuit(null, "最后的修改没能保存：磁盘已满。仍要关闭吗？"));
        ButtonType byDefault = fx(() -> alert.getButtonTypes().stream()
                .filter(b -> ((Button) alert.getDialogPane().lookupButton(b)).isDefaultButton()).findFirst().orElseThrow());
        assertThat(byDefault.getText()).isEqualTo("留在窗口");
        assertThat(byDefault.getButtonData()).isEqualTo(ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType quit = fx(() -> alert.getButtonTypes().stream().filter(b -> b != byDefault).findFirst().orElseThrow());
        assertThat(quit.getText()).isEqualTo("不保存，退出");
        assertThat(fx(() -> ((Button) alert.getDialogPane().lookupButton(quit)).isDefaultButton())).isFalse();
    }
}
