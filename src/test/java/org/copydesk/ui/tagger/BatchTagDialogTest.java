package org.copydesk.ui.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.support.FxTestSupport.await;
import static org.copydesk.support.FxTestSupport.fx;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.copydesk.domain.Article;
import org.copydesk.service.Desk;
import org.copydesk.support.DialogTest;
import org.copydesk.support.FxTestSupport;
import org.copydesk.support.LabelledCorpus;
import org.copydesk.ui.fx.FxTaskRunner;
import org.junit.jupiter.api.Test;

/** The batch-tagging window, headless: it looks in the background, shows what it would set, applies and undoes. */
class BatchTagDialogTest extends DialogTest {

    private static Article article(String title, String body, String channel, List<String> keywords) {
        return new Article.Builder().title(title).channel(channel).keywords(keywords).bodyHtml("<p>" + body + "</p>").build();
    }

    @Test
    void showsWhatItWouldSetThenAppliesAndUndoes() {
        desk = Desk.open(dir.resolve("desk.db"), false, LabelledCorpus.newsDesk(), Desk.Access.READ_WRITE);
        Random r = new Random(5);
        desk.drafts().createAll(LabelledCorpus.tagged(8, r));
        long first = desk.drafts().create(article("市队在主场逆转取胜", LabelledCorpus.text("体育", r) + LabelledCorpus.text("体育", r), "",
                List.of())).id();
        desk.drafts().create(article("流感季节到来，专家提醒接种疫苗", LabelledCorpus.text("健康", r) + LabelledCorpus.text("健康", r), "",
                List.of()));
        FxTestSupport.runFx(() -> {
            runner = new FxTaskRunner();
            new BatchTagDialog(null, new BatchTagViewModel(desk.batchTagging(), runner, id -> false)).show();
        });
        await("the proposals", 60, () -> robot.lookup("#batch-tag-summary").queryAs(Label.class).getText().contains("有可设置的建议"));
        TableView<?> table = robot.lookup("#batch-tag-table").queryAs(TableView.class);
        assertThat(fx(() -> table.getItems().size())).isEqualTo(2);
        assertThat(fx(() -> robot.lookup("#batch-tag-undo").queryAs(Button.class).isDisabled())).isTrue();
        FxTestSupport.snapshotIfAsked(fx(table::getScene), "batch-tag-dialog");

        FxTestSupport.runFx(() -> robot.lookup("#batch-tag-apply").queryAs(Button.class).fire());
        await("applied", 30, () -> robot.lookup("#batch-tag-summary").queryAs(Label.class).getText().startsWith("已为 2 篇"));
        assertThat(desk.drafts().get(first).channel()).isEqualTo("体育");
        assertThat(fx(() -> robot.lookup("#batch-tag-apply").queryAs(Button.class).isDisabled())).isTrue();

        FxTestSupport.runFx(() -> robot.lookup("#batch-tag-undo").queryAs(Button.class).fire());
        await("undone", 30, () -> robot.lookup("#batch-tag-summary").queryAs(Label.class).getText().startsWith("已撤销 2 篇"));
        assertThat(desk.drafts().get(first).channel()).isEmpty();
        FxTestSupport.runFx(() -> robot.lookup("#batch-tag-close").queryAs(Button.class).fire());
        await("closed", 10, () -> robot.lookup("#batch-tag-close").tryQuery().isEmpty());
    }
}
