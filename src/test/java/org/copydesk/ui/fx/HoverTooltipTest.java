package org.copydesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.support.FxTestSupport.fx;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.copydesk.ui.fx.HoverTooltip;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class HoverTooltipTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static void enter(Button b) {
        b.fireEvent(new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null));
    }

    @Test
    void theTooltipIsMadeWhenThePointerFirstEnters() {
        Tooltip[] seen = fx(() -> {
            Button b = new Button("保存");
            HoverTooltip.install(b, "保存稿件（Ctrl+S）");
            Tooltip before = b.getTooltip();
            enter(b);
            Tooltip first = b.getTooltip();
            enter(b);
            return new Tooltip[] {before, first, b.getTooltip()};
        });
        assertThat(seen[0]).as("none before the pointer comes").isNull();
        assertThat(seen[1]).isNotNull();
        assertThat(seen[1].getText()).isEqualTo("保存稿件（Ctrl+S）");
        assertThat(seen[2]).as("made once").isSameAs(seen[1]);
    }

    @Test
    void theLatestTextIsShownBeforeAndAfterTheTooltipIsMade() {
        String[] seen = fx(() -> {
            Button b = new Button("＋ 协商");
            HoverTooltip.install(b, "出现 3 次");
            HoverTooltip.install(b, "出现 5 次");
            enter(b);
            String first = b.getTooltip().getText();
            Tooltip made = b.getTooltip();
            HoverTooltip.install(b, "出现 7 次");
            return new String[] {first, b.getTooltip().getText(), String.valueOf(made == b.getTooltip())};
        });
        assertThat(seen[0]).isEqualTo("出现 5 次");
        assertThat(seen[1]).isEqualTo("出现 7 次");
        assertThat(seen[2]).as("the same tooltip, given the new text").isEqualTo("true");
    }

    @Test
    void aTooltipSetMeanwhileIsKept() {
        Tooltip[] seen = fx(() -> {
            Button b = new Button("导出");
            HoverTooltip.install(b, "later");
            Tooltip own = new Tooltip("own");
            b.setTooltip(own);
            enter(b);
            return new Tooltip[] {own, b.getTooltip()};
        });
        assertThat(seen[1]).isSameAs(seen[0]);
    }
}
