package org.copydesk.ui.replace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.support.FxTestSupport.await;
import static org.copydesk.support.FxTestSupport.fx;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import org.copydesk.domain.Article;
import org.copydesk.service.Desk;
import org.copydesk.support.DialogTest;
import org.copydesk.support.FxTestSupport;
import org.copydesk.ui.fx.FxTaskRunner;
import org.junit.jupiter.api.Test;

/** 全台替换, headless: every change listed before anything is written, applied as a whole, undone as a whole. */
class DeskReplaceDialogTest extends DialogTest {

    private static Article article(String title, String body) {
        return new Article.Builder().title(title).bodyHtml(body).build();
    }

    @Test
    void previewsEveryChangeThenAppliesAndUndoesAsAWhole() {
        desk = Desk.open(dir.resolve("desk.db"));
        long first = desk.drafts().create(article("张晓明委员谈乡村振兴", "<p>委员张晓明说，要靠人才。</p><p>张晓明还说……</p>")).id();
        long second = desk.drafts().create(article("委员们热议教育", "<p>会上，<strong>张晓明</strong>第一个发言。</p>")).id();
        long untouched = desk.drafts().create(article("别的新闻", "<p>没有这个名字。</p>")).id();
        FxTestSupport.runFx(() -> {
            runner = new FxTaskRunner();
            new DeskReplaceDialog(null, new DeskReplaceViewModel(desk.replace(), runner, id -> false), desk.profile().channelNames()).show();
        });
        Button apply = robot.lookup("#desk-replace-apply").queryAs(Button.class);
        Label summary = robot.lookup("#desk-replace-summary").queryAs(Label.class);
        FxTestSupport.runFx(() -> {
            robot.lookup("#desk-replace-find").queryAs(TextField.class).setText("张晓明");
            robot.lookup("#desk-replace-with").queryAs(TextField.class).setText("张小明");
        });
        assertThat(fx(apply::isDisabled)).as("nothing is written before it is looked at").isTrue();

        // a regular expression that does not compile: said at once, nothing looked for
        FxTestSupport.runFx(() -> {
            robot.lookup("#desk-replace-regex").queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#desk-replace-find").queryAs(TextField.class).setText("张(晓明");
            robot.lookup("#desk-replace-preview").queryAs(Button.class).fire();
        });
        assertThat(fx(summary::getText)).contains("正则表达式「张(晓明」有误");
        FxTestSupport.runFx(() -> {
            robot.lookup("#desk-replace-regex").queryAs(CheckBox.class).setSelected(false);
            robot.lookup("#desk-replace-find").queryAs(TextField.class).setText("张晓明");
            robot.lookup("#desk-replace-preview").queryAs(Button.class).fire();
        });
        await("the plan", 30, () -> fx(summary::getText).startsWith("将替换 2 篇稿件中的 4 处。"));
        TreeView<?> changes = robot.lookup("#desk-replace-changes").queryAs(TreeView.class);
        assertThat(fx(() -> changes.getRoot().getChildren().size())).isEqualTo(2);
        assertThat(fx(() -> changes.getRoot().getChildren().get(0).getChildren().get(0).getValue().toString()))
                .isEqualTo("标题：…［张晓明 → 张小明］委员谈乡村振兴…");
        assertThat(desk.drafts().get(first).title()).as("the preview writes nothing").isEqualTo("张晓明委员谈乡村振兴");
        FxTestSupport.snapshotIfAsked(fx(changes::getScene), "desk-replace-dialog");

        FxTestSupport.runFx(apply::fire);
        await("applied", 30, () -> fx(summary::getText).startsWith("已替换 2 篇稿件中的 4 处"));
        assertThat(desk.drafts().get(first).title()).isEqualTo("张小明委员谈乡村振兴");
        assertThat(desk.drafts().get(second).bodyHtml()).contains("<strong>张小明</strong>");
        assertThat(desk.drafts().get(untouched).version()).isEqualTo(1);

        FxTestSupport.runFx(() -> robot.lookup("#desk-replace-undo").queryAs(Button.class).fire());
        await("undone", 30, () -> fx(summary::getText).startsWith("已撤销：恢复 2 篇"));
        assertThat(desk.drafts().get(first).title()).isEqualTo("张晓明委员谈乡村振兴");
        assertThat(desk.drafts().get(second).bodyHtml()).contains("<strong>张晓明</strong>");
        FxTestSupport.runFx(() -> robot.lookup("#desk-replace-close").queryAs(Button.class).fire());
        await("closed", 10, () -> robot.lookup("#desk-replace-close").tryQuery().isEmpty());
    }
}
