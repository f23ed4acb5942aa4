package org.copydesk.ui.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.support.FxTestSupport.await;
import static org.copydesk.support.FxTestSupport.fx;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.copydesk.domain.Article;
import org.copydesk.service.Desk;
import org.copydesk.support.DialogTest;
import org.copydesk.support.FxTestSupport;
import org.copydesk.support.TestDesk;
import org.copydesk.ui.fx.FxTaskRunner;
import org.junit.jupiter.api.Test;

/** The publishing window, headless: it runs, shows what it did, and lets the person close it. */
class PublishDialogTest extends DialogTest {

    @Test
    void publishingShowsProgressThenWhatChanged() {
        desk = Desk.open(TestDesk.db(dir));
        Article a = desk.drafts().create(TestDesk.article("外交部国际司强化理论武装", "要闻", "国际司党支部认真开展党史学习教育。")
                .toBuilder().keywords(List.of("国际", "外交", "政治")).publishedAt(LocalDateTime.of(2021, 5, 13, 8, 43)).build());
        desk.review().submit(a.id(), "编辑乙");
        TestDesk.approve(desk, a.id(), "总编");
        desk.drafts().create(TestDesk.article("还是草稿的稿件标题", "要闻", "正文。"));
        Path site = dir.resolve("site");
        FxTestSupport.runFx(() -> {
            runner = new FxTaskRunner();
            new PublishDialog(null, new PublishViewModel(desk.publishing(), runner, () -> "编辑乙"), site).show();
        });
        await("the report", 30, () -> robot.lookup("#publish-summary").queryAs(Label.class).getText().startsWith("发布了"));
        assertThat(fx(() -> robot.lookup("#publish-summary").queryAs(Label.class).getText())).contains("发布了 1 篇稿件").contains("断链 0 处");
        List<String> details = fx(() -> List.copyOf(robot.lookup("#publish-details").<String>queryListView().getItems()));
        assertThat(details).contains("新增  c/2021-05-13/1.shtml").anySatisfy(l -> assertThat(l).contains("还是草稿的稿件标题"));
        assertThat(fx(() -> robot.lookup("#publish-stop").queryAs(Button.class).isDisabled())).isTrue();
        assertThat(site.resolve("c/2021-05-13/1.shtml")).exists();
        FxTestSupport.snapshotIfAsked(fx(() -> robot.lookup("#publish-details").queryAs(ListView.class).getScene()), "publish-dialog");
        FxTestSupport.runFx(() -> robot.lookup("#publish-close").queryAs(Button.class).fire());
        await("closed", 10, () -> robot.lookup("#publish-close").tryQuery().isEmpty());
    }

    @Test
    void anExportStoppedAmongItsRenamesIsFinishedAndSaidFirst() throws Exception {
        desk = Desk.open(TestDesk.db(dir));
        Article a = desk.drafts().create(TestDesk.article("外交部国际司强化理论武装", "要闻", "国际司党支部认真开展党史学习教育。")
                .toBuilder().publishedAt(LocalDateTime.of(2021, 5, 13, 8, 43)).build());
        desk.review().submit(a.id(), "编辑乙");
        TestDesk.approve(desk, a.id(), "总编");
        Path site = dir.resolve("site");
        desk.publishing().export(List.of(), site, null, true, "编辑乙");
        // an export had written its page beside the old one, noted it, and was killed before the rename
        Path page = site.resolve("c/2021-05-13/1.shtml");
        java.nio.file.Files.copy(page, page.resolveSibling(".1.shtml.5eed.tmp"));
        java.nio.file.Files.writeString(site.resolve(".copydesk-switch"), "c/2021-05-13/.1.shtml.5eed.tmp\tc/2021-05-13/1.shtml\n");
        FxTestSupport.runFx(() -> {
            runner = new FxTaskRunner();
            new PublishDialog(null, new PublishViewModel(desk.publishing(), runner, () -> "编辑乙"), site).show();
        });
        await("the report", 30, () -> robot.lookup("#publish-summary").queryAs(Label.class).getText().startsWith("发布了"));
        List<String> details = fx(() -> List.copyOf(robot.lookup("#publish-details").<String>queryListView().getItems()));
        assertThat(details.get(0)).isEqualTo("上次导出在把文件放到位时被中断：先把它余下的 1 个文件放好了，网站不再新旧混杂");
        assertThat(site.resolve(".copydesk-switch")).doesNotExist();
        assertThat(page.resolveSibling(".1.shtml.5eed.tmp")).doesNotExist();
        FxTestSupport.snapshotIfAsked(fx(() -> robot.lookup("#publish-details").queryAs(ListView.class).getScene()), "publish-dialog-resumed");
        FxTestSupport.runFx(() -> robot.lookup("#publish-close").queryAs(Button.class).fire());
        await("closed", 10, () -> robot.lookup("#publish-close").tryQuery().isEmpty());
    }
}
