package org.copydesk.ui.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.copydesk.domain.Article;
import org.copydesk.l10n.Messages;
import org.copydesk.service.Desk;
import org.copydesk.support.LabelledCorpus;
import org.copydesk.support.ManualTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 编辑 > 为未分类稿件打标签… without a toolkit: look, untick, apply, undo; an article open with unsaved edits is left alone. */
class BatchTagViewModelTest {

    @TempDir
    Path dir;

    private Desk desk;
    private final ManualTaskRunner runner = new ManualTaskRunner();
    private final List<Long> untagged = new ArrayList<>();
    private final List<List<Long>> heard = new ArrayList<>();
    private long busy = -1;
    private BatchTagViewModel vm;

    @BeforeAll
    static void chinese() {
        Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    @BeforeEach
    void open() {
        desk = Desk.open(dir.resolve("desk.db"), false, LabelledCorpus.newsDesk(), Desk.Access.READ_WRITE);
        Random r = new Random(11);
        desk.drafts().createAll(LabelledCorpus.tagged(8, r));
        for (String c : List.of("体育", "教育", "汽车")) {
            untagged.add(desk.drafts().create(article("待分类的" + c + "稿件", LabelledCorpus.text(c, r) + LabelledCorpus.text(c, r), "",
                    List.of())).id());
        }
        vm = new BatchTagViewModel(desk.batchTagging(), runner, id -> id == busy);
        vm.setOnChanged(heard::add);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static Article article(String title, String body, String channel, List<String> keywords) {
        return new Article.Builder().title(title).channel(channel).keywords(keywords).bodyHtml("<p>" + body + "</p>").build();
    }

    @Test
    void looksOverAppliesWhatIsTickedAndUndoesItAll() {
        vm.start();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.rows()).extracting(row -> row.change().id()).containsExactlyElementsOf(untagged);
        assertThat(vm.rows().get(0).channelShown()).isEqualTo("→ 体育");
        assertThat(vm.rows().get(0).keywordsShown()).startsWith("→ ");
        assertThat(vm.summaryProperty().get()).contains("3 篇稿件没有栏目或关键词").contains("3 篇有可设置的建议");
        // nothing is written before 应用
        assertThat(desk.drafts().get(untagged.get(0)).channel()).isEmpty();

        vm.rows().get(1).chosenProperty().set(false);
        vm.apply();
        assertThat(vm.appliedProperty().get()).isTrue();
        assertThat(desk.drafts().get(untagged.get(0)).channel()).isEqualTo("体育");
        assertThat(desk.drafts().get(untagged.get(1)).channel()).as("unticked").isEmpty();
        assertThat(desk.drafts().get(untagged.get(2)).keywords()).isNotEmpty();
        assertThat(heard).containsExactly(List.of(untagged.get(0), untagged.get(2)));
        assertThat(vm.summaryProperty().get()).startsWith("已为 2 篇稿件设置");

        vm.undo();
        assertThat(vm.appliedProperty().get()).isFalse();
        assertThat(desk.drafts().get(untagged.get(0)).channel()).isEmpty();
        assertThat(desk.drafts().get(untagged.get(2)).keywords()).isEmpty();
        assertThat(vm.summaryProperty().get()).startsWith("已撤销 2 篇");
    }

    @Test
    void theArticleOpenWithUnsavedEditsIsLeftAlone() {
        busy = untagged.get(1);
        vm.start();
        vm.apply();
        assertThat(desk.drafts().get(untagged.get(1)).channel()).isEmpty();
        assertThat(desk.drafts().get(untagged.get(0)).channel()).isEqualTo("体育");
        assertThat(vm.summaryProperty().get()).contains("1 篇在此期间被改动或正在编辑");
    }
}
