package org.copydesk.ui.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleSummary;
import org.copydesk.domain.Status;
import org.copydesk.service.Desk;
import org.copydesk.service.DraftService;
import org.copydesk.support.ManualTaskRunner;
import org.copydesk.support.TestDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftListViewModelTest {

    @TempDir
    Path dir;

    private Desk desk;
    private DraftService repo;
    private final ManualTaskRunner runner = new ManualTaskRunner();
    private DraftListViewModel vm;
    private Article a;
    private Article b;

    @BeforeEach
    void open() {
        desk = Desk.open(dir.resolve("desk.db"));
        repo = desk.drafts();
        a = repo.create(TestDesk.article("外交部国际司", "要闻", "践行两个维护"));
        b = repo.create(TestDesk.article("社区协商", "社会", "加装电梯"));
        vm = new DraftListViewModel(repo, runner);
        vm.reload();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private List<String> titles() {
        return vm.items().stream().map(ArticleSummary::title).toList();
    }

    @Test
    void searchWaitsForTypingToPause() {
        vm.searchProperty().set("电");
        vm.searchProperty().set("电梯");
        assertThat(titles()).hasSize(2);
        runner.advance(Duration.ofMillis(300));
        assertThat(titles()).containsExactly("社区协商");
    }

    @Test
    void filtersApplyAtOnce() {
        vm.channelFilterProperty().set("要闻");
        assertThat(titles()).containsExactly("外交部国际司");
        vm.channelFilterProperty().set("");
        vm.statusFilterProperty().set(Status.APPROVED);
        assertThat(titles()).isEmpty();
    }

    @Test
    void aNewDraftIsCreatedInTheFilteredChannelAndSelected() {
        vm.channelFilterProperty().set("社会");
        List<Article> opened = new ArrayList<>();
        vm.createNew(opened::add);
        assertThat(opened).singleElement().satisfies(n -> assertThat(n.channel()).isEqualTo("社会"));
        assertThat(vm.selectedIdProperty().get()).isEqualTo(opened.get(0).id());
        assertThat(vm.items().get(0).id()).isEqualTo(opened.get(0).id());
    }

    @Test
    void deleteCanBeUndone() {
        vm.selectedIdProperty().set(a.id());
        vm.delete(a.id());
        assertThat(titles()).containsExactly("社区协商");
        assertThat(vm.lastDeletedProperty().get().id()).isEqualTo(a.id());
        assertThat(repo.find(a.id())).isEmpty();
        vm.undoDelete();
        assertThat(repo.find(a.id())).isPresent();
        assertThat(titles()).contains("外交部国际司");
        assertThat(vm.lastDeletedProperty().get()).isNull();
        assertThat(vm.selectedIdProperty().get()).isEqualTo(a.id());
    }

    @Test
    void aSavedArticleMovesToTheTopUnlessTheFilterExcludesIt() {
        vm.upsert(DraftListViewModel.summary(a.toBuilder().title("外交部国际司（改）").build()));
        assertThat(titles()).containsExactly("外交部国际司（改）", "社区协商");
        vm.channelFilterProperty().set("社会");
        vm.upsert(DraftListViewModel.summary(a));
        assertThat(titles()).containsExactly("社区协商");
    }

    @Test
    void duplicateOpensTheCopy() {
        List<Article> opened = new ArrayList<>();
        vm.duplicate(b.id(), opened::add);
        assertThat(opened).singleElement().satisfies(c -> assertThat(c.title()).startsWith("社区协商"));
        assertThat(repo.count()).isEqualTo(3);
    }
}
