package org.copydesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.support.FxTestSupport.await;
import static org.copydesk.support.FxTestSupport.fx;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import org.copydesk.app.LaunchOptions;
import org.copydesk.domain.Article;
import org.copydesk.service.Desk;
import org.copydesk.support.AppWindowTest;
import org.copydesk.support.FxTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Find and replace in the open article, headless: marks in the editor and the preview, replace all, one undo. */
class FindInArticleTest extends AppWindowTest {

    @TempDir
    Path dir;

    private Object editorScript(String js) {
        return fx(() -> robot.lookup("#body-editor").queryAs(WebView.class).getEngine().executeScript(js));
    }

    private String title() {
        return fx(() -> robot.lookup("#title").queryAs(TextInputControl.class).getText());
    }

    private String count() {
        return fx(() -> robot.lookup("#find-count").queryAs(Label.class).getText());
    }

    private static int marks(Object n) {
        return ((Number) n).intValue();
    }

    @Test
    void findMarksEveryMatchReplaceAllIsOneStepAndUndoTakesItBack() throws Exception {
        LaunchOptions options = FxTestSupport.options(dir);
        try (Desk desk = Desk.open(options.database())) {
            desk.drafts().create(new Article.Builder().title("张晓明委员谈乡村振兴").channel("要闻").source("本网")
                    .bodyHtml("<p>委员张晓明说，要靠人才。</p><p><strong>张晓明</strong>还说：ＡＩ也能帮忙。</p>").build());
        }
        start(options);
        robot.clickOn("#search").write("乡村振兴");
        await("the search result", 10, () -> robot.lookup("#drafts").queryListView().getItems().size() == 1);
        robot.clickOn(robot.lookup("#drafts .list-cell").nth(0).<javafx.scene.Node>query());
        await("the article opens", 10, () -> title().equals("张晓明委员谈乡村振兴"));
        await("its body in the editor", 20, () -> String.valueOf(editorScript("document.getElementById('doc').textContent")).contains("还说"));

        robot.clickOn("#body-editor");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        await("the find pane", 10, () -> fx(() -> robot.lookup("#find-pane").query().isVisible()));
        assertThat(fx(() -> robot.lookup("#find-replacement").query().getParent().isVisible())).as("Ctrl+F finds; Ctrl+H replaces").isFalse();
        robot.write("张晓明");
        await("three matches", 10, () -> count().equals("第 1 处，共 3 处"));
        await("both body matches marked in the editor", 10, () -> marks(editorScript("document.querySelectorAll('#doc mark.cd-find').length")) == 2);
        await("and in the preview", 20, () -> marks(previewScript("document.querySelectorAll('.body mark.cd-find').length")) == 2);
        assertThat(fx(() -> robot.lookup("#body-editor").queryAs(WebView.class).getEngine().executeScript(
                "document.getElementById('doc').innerHTML").toString())).contains("<strong><mark");

        // half-width finds full-width
        FxTestSupport.runFx(() -> robot.lookup("#find-text").queryAs(TextField.class).setText("ai"));
        await("full-width found by half-width", 10, () -> count().equals("第 1 处，共 1 处"));

        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        await("the replace field", 10, () -> fx(() -> robot.lookup("#find-replacement").query().getParent().isVisible()));
        FxTestSupport.runFx(() -> {
            robot.lookup("#find-text").queryAs(TextField.class).setText("张晓明");
            robot.lookup("#find-replacement").queryAs(TextField.class).setText("张小明");
        });
        await("three matches again", 10, () -> count().equals("第 1 处，共 3 处"));
        FxTestSupport.snapshotIfAsked(fx(() -> robot.lookup("#find-pane").query().getScene()), "find-replace");
        robot.clickOn("#find-replace-all");
        await("the title replaced", 10, () -> title().equals("张小明委员谈乡村振兴"));
        await("the body replaced", 10, () -> {
            String text = String.valueOf(editorScript("document.getElementById('doc').textContent"));
            return text.contains("委员张小明说") && text.contains("张小明还说") && !text.contains("张晓明");
        });
        await("the preview follows", 20, () -> previewText(".body").contains("张小明还说"));
        assertThat(String.valueOf(editorScript("document.getElementById('doc').innerHTML"))).contains("<strong>张小明</strong>");
        assertThat(count()).as("what 全部替换 did stays said").isEqualTo("已替换 3 处；“撤销替换”一步恢复");

        robot.clickOn("#find-undo");
        await("undo restores the title", 10, () -> title().equals("张晓明委员谈乡村振兴"));
        await("and the body", 10, () -> String.valueOf(editorScript("document.getElementById('doc').textContent")).contains("张晓明还说"));

        // one at a time: the current match (the title's) changes, the rest stay
        await("three to go", 10, () -> count().equals("第 1 处，共 3 处"));
        robot.clickOn("#find-replace");
        await("the first replaced", 10, () -> title().equals("张小明委员谈乡村振兴"));
        await("two left", 10, () -> count().endsWith("共 2 处"));

        // a regular expression that does not compile: said, nothing changed
        FxTestSupport.runFx(() -> {
            robot.lookup("#find-regex").queryAs(javafx.scene.control.CheckBox.class).setSelected(true);
            robot.lookup("#find-text").queryAs(TextField.class).setText("张(晓");
        });
        await("the reason", 10, () -> count().contains("有误"));
        robot.clickOn("#find-text");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        await("closed, marks gone", 10, () -> !fx(() -> robot.lookup("#find-pane").query().isVisible())
                && marks(editorScript("document.querySelectorAll('#doc mark.cd-find').length")) == 0);
        assertThat(String.valueOf(editorScript("document.getElementById('doc').textContent"))).contains("张晓明还说");
    }
}
