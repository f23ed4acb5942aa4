package org.copydesk.ui.exchange;

import org.copydesk.domain.MergeView;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.copydesk.domain.Article;
import org.copydesk.domain.Receipt;
import org.copydesk.l10n.Messages;
import org.copydesk.service.Desk;
import org.copydesk.service.ExchangeService;
import org.copydesk.support.ManualTaskRunner;
import org.copydesk.support.TestDesk;
import org.copydesk.ui.editor.EditorViewModel;
import org.copydesk.ui.session.OpenArticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sending and receiving in the window, and settling a conflict, without a toolkit. */
class ExchangeViewModelTest {

    @TempDir
    Path dir;

    private Desk here;
    private Desk there;
    private final ManualTaskRunner runner = new ManualTaskRunner();
    private EditorViewModel editor;
    private ExchangeViewModel vm;
    private Article article;

    @BeforeAll
    static void chinese() {
        Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    @BeforeEach
    void open() {
        here = Desk.open(dir.resolve("here.db"));
        there = Desk.open(dir.resolve("there.db"));
        article = here.drafts().create(TestDesk.article("社区协商议事", "要闻", "第一段。", "第二段。", "第三段。"));
        OpenArticle session = new OpenArticle();
        editor = new EditorViewModel(here.drafts(), here.preview(dir.resolve("preview")), session, runner, Clock.systemDefaultZone());
        vm = new ExchangeViewModel(here.exchange(), session, runner);
        editor.show(article);
        Path p = dir.resolve("out.cdpkg");
        vm.send(p);
        there.exchange().unpack(p);
    }

    @AfterEach
    void close() {
        here.close();
        there.close();
    }

    private Path fromThere(String body) {
        Article a = there.drafts().all().get(0);
        there.drafts().saveRevision(a.toBuilder().bodyHtml(body).build());
        Path p = dir.resolve("back-" + System.nanoTime() + ".cdpkg");
        there.exchange().pack(List.of(a.id()), null, p);
        return p;
    }

    @Test
    void sendingSavesWhatIsTypedFirstAndSaysWhereThePackageIs() {
        editor.titleProperty().set("社区协商议事（改）");
        Path p = dir.resolve("typed.cdpkg");
        vm.send(p);
        assertThat(vm.messageProperty().get()).contains("typed.cdpkg");
        List<Receipt> r = Desk.open(dir.resolve("third.db")).exchange().unpack(p).receipts();
        assertThat(r).singleElement().satisfies(x -> assertThat(x.title()).isEqualTo("社区协商议事（改）"));
    }

    @Test
    void aPackageThatChangesTheOpenArticleShowsItsNewWordsInTheEditor() {
        Path back = fromThere("<p>第一段。</p><p>第二段（对方改）。</p><p>第三段。</p>");
        List<Receipt> got = new ArrayList<>();
        vm.receive(List.of(back), got::addAll);
        assertThat(got).extracting(Receipt::outcome).containsExactly(Receipt.Outcome.UPDATED);
        assertThat(editor.bodyHtmlProperty().get()).contains("第二段（对方改）");
        assertThat(vm.messageProperty().get()).contains("更新 1");
        assertThat(vm.progressProperty().get()).isEqualTo(-1);
        assertThat(vm.conflictProperty().get()).isNull();
    }

    @Test
    void aConflictIsOfferedAndSettledAsThePersonWroteIt() {
        editor.bodyHtmlProperty().set("<p>第一段。</p><p>第二段（本台）。</p><p>第三段。</p>");
        Path back = fromThere("<p>第一段。</p><p>第二段（对方）。</p><p>第三段。</p>");
        vm.receive(List.of(back), r -> { });
        MergeView c = vm.conflictProperty().get();
        assertThat(c).isNotNull();
        assertThat(c.parts()).singleElement().satisfies(p -> {
            assertThat(p.mine()).isEqualTo("第二段（本台）。");
            assertThat(p.theirs()).isEqualTo("第二段（对方）。");
            assertThat(p.base()).isEqualTo("第二段。");
        });
        vm.resolve(Map.of(c.parts().get(0).key(), "第二段（商定）。"));
        assertThat(vm.conflictProperty().get()).isNull();
        assertThat(editor.bodyHtmlProperty().get()).isEqualTo("<p>第一段。</p><p>第二段（商定）。</p><p>第三段。</p>");
        assertThat(here.drafts().get(article.id()).conflict()).isFalse();
    }
}
