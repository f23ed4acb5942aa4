package org.copydesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.copydesk.domain.Article;
import org.copydesk.domain.Revision;
import org.copydesk.support.LabelledCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTaggingTest {

    @TempDir
    Path dir;

    private Desk desk;

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
    }

    /** A desk of the labelled corpus's channels: 40 tagged articles, then three with neither channel nor keywords. */
    private List<Long> untaggedDesk() {
        desk = Desk.open(dir.resolve("desk.db"), false, LabelledCorpus.newsDesk(), Desk.Access.READ_WRITE);
        Random r = new Random(3);
        desk.drafts().createAll(LabelledCorpus.tagged(10, r));
        List<Long> ids = new ArrayList<>();
        for (String c : List.of("体育", "健康", "汽车")) {
            ids.add(desk.drafts().create(article("未分类" + c, LabelledCorpus.text(c, r) + LabelledCorpus.text(c, r), "", List.of())).id());
        }
        return ids;
    }

    private static Article article(String title, String body, String channel, List<String> keywords) {
        return new Article.Builder().title(title).channel(channel).keywords(keywords).bodyHtml("<p>" + body + "</p>").build();
    }

    private List<BatchTagging.Change> proposals(List<Long> ids) {
        List<BatchTagging.Change> out = new ArrayList<>();
        desk.batchTagging().suggest(ids, item -> BatchTagging.proposal(item).ifPresent(out::add), () -> false);
        return out;
    }

    @Test
    void tagsWhatHasNoneKeepsARevisionAndUndoesAsAWhole() {
        List<Long> ids = untaggedDesk();
        assertThat(desk.batchTagging().untagged()).containsExactlyElementsOf(ids);
        List<BatchTagging.Change> changes = proposals(ids);
        assertThat(changes).extracting(BatchTagging.Change::channelAfter).containsExactly("体育", "健康", "汽车");
        List<BatchTagging.Change> made = desk.batchTagging().apply(changes, () -> false);
        assertThat(made).hasSize(3);
        Article first = desk.drafts().get(ids.get(0));
        assertThat(first.channel()).isEqualTo("体育");
        assertThat(first.keywords()).isNotEmpty().hasSizeLessThanOrEqualTo(BatchTagging.KEYWORDS);
        assertThat(desk.review().revisions(ids.get(0))).extracting(Revision::reason).contains("tagged");
        assertThat(desk.batchTagging().untagged()).isEmpty();

        // someone sets the second article's channel by hand; undo leaves that one and takes back the rest
        Article second = desk.drafts().get(ids.get(1));
        desk.drafts().saveRevision(second.toBuilder().channel("体育").build());
        List<BatchTagging.Change> notUndone = desk.batchTagging().undo(made);
        assertThat(notUndone).extracting(BatchTagging.Change::id).containsExactly(ids.get(1));
        assertThat(desk.drafts().get(ids.get(0)).channel()).isEmpty();
        assertThat(desk.drafts().get(ids.get(0)).keywords()).isEmpty();
        assertThat(desk.drafts().get(ids.get(1)).channel()).isEqualTo("体育");
    }

    @Test
    void anArticleChangedAfterTheSuggestionIsLeftAlone() {
        List<Long> ids = untaggedDesk();
        List<BatchTagging.Change> changes = proposals(ids);
        Article third = desk.drafts().get(ids.get(2));
        desk.drafts().saveRevision(third.toBuilder().keywords(List.of("编辑自己定的")).build());
        List<BatchTagging.Change> made = desk.batchTagging().apply(changes, () -> false);
        assertThat(made).extracting(BatchTagging.Change::id).containsExactly(ids.get(0), ids.get(1));
        assertThat(desk.drafts().get(ids.get(2)).keywords()).containsExactly("编辑自己定的");
        assertThat(desk.drafts().get(ids.get(2)).channel()).isEmpty();
    }
}
