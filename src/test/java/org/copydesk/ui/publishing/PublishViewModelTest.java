package org.copydesk.ui.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.Status;
import org.copydesk.l10n.Messages;
import org.copydesk.service.Desk;
import org.copydesk.support.ManualTaskRunner;
import org.copydesk.support.TestDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 文件 > 发布全站… without a toolkit: the report, the held articles, stopping halfway. */
class PublishViewModelTest {

    @TempDir
    Path dir;

    private Desk desk;
    private final ManualTaskRunner runner = new ManualTaskRunner();
    private PublishViewModel vm;
    private final List<Article> published = new ArrayList<>();

    @BeforeAll
    static void chinese() {
        Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    @BeforeEach
    void open() {
        desk = Desk.open(TestDesk.db(dir));
        Article ready = desk.drafts().create(TestDesk.article("外交部国际司强化理论武装", "要闻", "国际司党支部认真开展党史学习教育。")
                .toBuilder().keywords(List.of("国际", "外交", "政治")).publishedAt(LocalDateTime.of(2021, 5, 13, 8, 43)).build());
        desk.review().submit(ready.id(), "编辑乙");
        TestDesk.approve(desk, ready.id(), "总编");
        desk.drafts().create(TestDesk.article("还是草稿的稿件标题", "要闻", "正文。"));
        vm = new PublishViewModel(desk.publishing(), runner, () -> "编辑乙");
        vm.setOnPublished(published::addAll);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void publishingReportsWhatChangedAndWhatWasHeldBack() {
        Path site = dir.resolve("site");
        vm.publish(site);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.summaryProperty().get()).startsWith("发布了 1 篇稿件").contains("断链 0 处");
        assertThat(vm.details()).contains("新增  c/2021-05-13/1.shtml", "新增  index.html");
        assertThat(vm.details()).anySatisfy(l -> assertThat(l).contains("还是草稿的稿件标题").contains("尚未审核通过"));
        assertThat(published).singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(Status.PUBLISHED));
        assertThat(site.resolve("c/2021-05-13/1.shtml")).exists();

        vm.publish(site);
        assertThat(vm.details()).noneSatisfy(l -> assertThat(l).startsWith("新增"));
        assertThat(vm.summaryProperty().get()).startsWith("发布了 0 篇稿件");
    }

    @Test
    void stoppingLeavesWholePagesAndSaysSo() {
        Path site = dir.resolve("site");
        runner.holdWork(true);
        vm.publish(site);
        assertThat(vm.runningProperty().get()).isTrue();
        vm.cancel();
        runner.holdWork(false);
        runner.releaseWork();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.summaryProperty().get()).contains("已取消");
        // the next publish completes the site
        vm.publish(site);
        assertThat(vm.summaryProperty().get()).contains("断链 0 处");
        assertThat(site.resolve("index.html")).exists();
    }
}
