package org.copydesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.support.FxTestSupport.await;
import static org.copydesk.support.FxTestSupport.fx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import org.copydesk.support.AppWindowTest;
import org.copydesk.support.FxTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core loop with the keyboard only: a new article, its fields in Tab order, the body, review
 * mode, the next finding and its fix, the workflow's 送审, and a kept version, without the mouse.
 */
class KeyboardWalkTest extends AppWindowTest {

    @TempDir
    Path dir;

    /** The id of the focused node, or of the nearest parent that has one. */
    private String focusedId() {
        return fx(() -> {
            for (Node n = robot.lookup("#main-split").query().getScene().getFocusOwner(); n != null; n = n.getParent()) {
                if (n.getId() != null) {
                    return n.getId();
                }
            }
            return "";
        });
    }

    private boolean focusInside(String id) {
        return fx(() -> {
            for (Node n = robot.lookup("#main-split").query().getScene().getFocusOwner(); n != null; n = n.getParent()) {
                if (id.equals(n.getId())) {
                    return true;
                }
            }
            return false;
        });
    }

    private void keys(KeyCode... combo) {
        robot.push(combo);
    }

    @Test
    void anArticleIsWrittenCheckedFixedAndSubmittedWithKeysOnly() throws Exception {
        start(FxTestSupport.options(dir));
        await("the title focused", 10, () -> focusedId().equals("title"));
        keys(KeyCode.CONTROL, KeyCode.N);
        await("a new empty draft", 10, () -> robot.lookup("#title").queryAs(TextInputControl.class).getText().isEmpty()
                && focusedId().equals("title"));
        robot.write("社区协商会开得好");

        // Tab walks the fields in reading order, leaves the summary, passes the tagger, reaches the body
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 40 && !focusedId().equals("body-editor"); i++) {
            keys(KeyCode.TAB);
            order.add(focusedId());
        }
        assertThat(order).as("Tab order").containsSubsequence("subtitle", "channel", "source", "author", "editor", "time",
                "summary", "body-editor");
        assertThat(focusedId()).isEqualTo("body-editor");
        robot.write("委员们在在会上发言。");
        await("the body typed", 10, () -> String.valueOf(robot.lookup("#body-editor").queryAs(WebView.class).getEngine()
                .executeScript("document.body.innerText")).contains("在在会上"));

        // review mode, then the next finding and its fix, by shortcut
        keys(KeyCode.CONTROL, KeyCode.R);
        await("the review panel", 10, () -> robot.lookup("#findings").tryQuery().isPresent());
        await("the repeated word found", 30, () -> robot.lookup("#findings").queryAs(javafx.scene.control.TreeView.class)
                .getRoot().getChildren().stream().flatMap(g -> ((javafx.scene.control.TreeItem<?>) g).getChildren().stream())
                .anyMatch(i -> ((javafx.scene.control.TreeItem<?>) i).getValue() instanceof org.copydesk.domain.Finding f
                        && f.rule().equals("repeated-word")));
        int guard = 0;
        Object before = null;
        while (guard++ < 20) {
            Object was = before;
            keys(KeyCode.F8);
            // each F8 moves the selection on; wait for it before reading it
            await("F8 moved the selection", 10, () -> robot.lookup("#findings").queryAs(javafx.scene.control.TreeView.class)
                    .getSelectionModel().getSelectedItem() != was);
            before = fx(() -> robot.lookup("#findings").queryAs(javafx.scene.control.TreeView.class).getSelectionModel().getSelectedItem());
            if (before instanceof javafx.scene.control.TreeItem<?> item && item.getValue() instanceof org.copydesk.domain.Finding f
                    && f.rule().equals("repeated-word")) {
                break;
            }
        }
        assertThat(guard).as("F8 reached the repeated word").isLessThanOrEqualTo(20);
        keys(KeyCode.CONTROL, KeyCode.ENTER);
        await("the fix in the body", 10, () -> {
            String text = String.valueOf(robot.lookup("#body-editor").queryAs(WebView.class).getEngine()
                    .executeScript("document.body.innerText"));
            return text.contains("在会上") && !text.contains("在在");
        });

        // the fix leaves the keyboard in the body, where the words changed; from there Tab skips the
        // preview's links and reaches the review panel
        await("the keyboard in the body", 10, () -> focusedId().equals("body-editor"));
        List<String> after = new ArrayList<>();
        for (int i = 0; i < 15 && !focusInside("review"); i++) {
            keys(KeyCode.TAB);
            after.add(focusedId());
        }
        assertThat(after).as("Tab after the body").doesNotContain("preview");
        assertThat(focusInside("review")).as("the review panel reached from the body by Tab, via " + after).isTrue();

        // the workflow tab, 送审 with Space
        for (int i = 0; i < 4 && !fx(() -> "review-tab-workflow".equals(robot.lookup("#review").queryAs(org.copydesk.ui.review.ReviewPanel.class)
                .tabs().getSelectionModel().getSelectedItem().getId())); i++) {
            keys(KeyCode.CONTROL, KeyCode.TAB);
        }
        for (int i = 0; i < 15 && !focusedId().equals("review-submit"); i++) {
            keys(KeyCode.TAB);
        }
        assertThat(focusedId()).isEqualTo("review-submit");
        keys(KeyCode.SPACE);
        await("in review", 10, () -> robot.lookup("#status").queryAs(Label.class).getText().equals("审核中"));

        // leaving review mode from the panel puts the keyboard back in the article, not in the search box
        keys(KeyCode.CONTROL, KeyCode.R);
        await("review mode off", 10, () -> robot.lookup("#findings").tryQuery().isEmpty());
        await("the keyboard in the body", 10, () -> focusedId().equals("body-editor"));

        // a version kept, said so
        keys(KeyCode.CONTROL, KeyCode.S);
        await("the version kept", 10, () -> robot.lookup("#save-state").queryAs(Label.class).getText().contains("第"));
    }
}
