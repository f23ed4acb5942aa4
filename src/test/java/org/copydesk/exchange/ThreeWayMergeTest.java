package org.copydesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleField;
import org.copydesk.domain.Status;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

    private static Article article(String title, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(p).append("</p>");
        }
        return new Article.Builder().title(title).channel("要闻").keywords(List.of("国际")).bodyHtml(body.toString()).build();
    }

    @Test
    void changesToDifferentParagraphsAndFieldsMerge() {
        Article base = article("标题", "一", "二", "三");
        Article mine = article("标题", "一（本台改）", "二", "三").toBuilder().source("人民网").build();
        Article theirs = article("新标题", "一", "二", "三（对方改）");
        ThreeWayMerge.Merge m = ThreeWayMerge.merge(base, mine, theirs);
        assertThat(m.clean()).isTrue();
        Article merged = m.result();
        assertThat(merged.title()).isEqualTo("新标题");
        assertThat(merged.source()).isEqualTo("人民网");
        assertThat(merged.bodyHtml()).isEqualTo("<p>一（本台改）</p><p>二</p><p>三（对方改）</p>");
    }

    @Test
    void neighbouringParagraphsRewrittenOnEachSideMerge() {
        Article base = article("标题", "一", "二", "三");
        Article mine = article("标题", "一（本台）", "二", "三");
        Article theirs = article("标题", "一", "二（对方）", "三");
        assertThat(ThreeWayMerge.merge(base, mine, theirs).result().bodyHtml())
                .isEqualTo("<p>一（本台）</p><p>二（对方）</p><p>三</p>");
    }

    @Test
    void paragraphsAddedOnBothSidesInDifferentPlacesMerge() {
        Article base = article("标题", "一", "二", "三");
        Article mine = article("标题", "零", "一", "二", "三");
        Article theirs = article("标题", "一", "二", "三", "四");
        assertThat(ThreeWayMerge.merge(base, mine, theirs).result().bodyHtml())
                .isEqualTo("<p>零</p><p>一</p><p>二</p><p>三</p><p>四</p>");
    }

    @Test
    void theSameParagraphChangedDifferentlyIsAConflictAndTheRestStillMerges() {
        Article base = article("标题", "一", "二", "三");
        Article mine = article("标题", "一", "二（本台）", "三");
        Article theirs = article("标题", "一（对方）", "二（对方）", "三");
        ThreeWayMerge.Merge m = ThreeWayMerge.merge(base, mine, theirs);
        assertThat(m.clean()).isFalse();
        assertThatThrownBy(m::result).isInstanceOf(IllegalStateException.class);
        assertThat(m.bodyConflicts()).singleElement().satisfies(c -> {
            assertThat(c.base()).containsExactly("<p>二</p>");
            assertThat(c.mine()).containsExactly("<p>二（本台）</p>");
            assertThat(c.theirs()).containsExactly("<p>二（对方）</p>");
        });
        int at = m.body().indexOf(m.bodyConflicts().get(0));
        Article settled = m.resolve(Map.of(), Map.of(at, List.of("<p>二（两边商定）</p>")));
        assertThat(settled.bodyHtml()).isEqualTo("<p>一（对方）</p><p>二（两边商定）</p><p>三</p>");
        assertThat(m.resolve(Map.of(), Map.of()).bodyHtml()).as("unsettled: this desk's side")
                .isEqualTo("<p>一（对方）</p><p>二（本台）</p><p>三</p>");
    }

    @Test
    void theSameFieldChangedDifferentlyIsAConflictTheSameChangeIsNot() {
        Article base = article("标题", "一");
        ThreeWayMerge.Merge m = ThreeWayMerge.merge(base, base.toBuilder().title("甲").summary("同一摘要").build(),
                base.toBuilder().title("乙").summary("同一摘要").build());
        assertThat(m.fieldConflicts()).extracting(ThreeWayMerge.FieldPart::field).containsExactly(ArticleField.TITLE);
        Article settled = m.resolve(Map.of(ArticleField.TITLE, "乙"), Map.of());
        assertThat(settled.title()).isEqualTo("乙");
        assertThat(settled.summary()).isEqualTo("同一摘要");
    }

    @Test
    void aFieldClearedOnOneSideIsAChangeNotAConflict() {
        Article base = article("标题", "一").toBuilder().publishedAt(java.time.LocalDateTime.of(2021, 5, 13, 8, 43)).build();
        ThreeWayMerge.Merge m = ThreeWayMerge.merge(base, base.toBuilder().publishedAt(null).build(), base.toBuilder().title("乙").build());
        assertThat(m.clean()).isTrue();
        assertThat(m.result().publishedAt()).isNull();
        assertThat(m.result().title()).isEqualTo("乙");
    }

    @Test
    void aStatusMovedDifferentlyOnBothSidesKeepsTheLessAdvancedOne() {
        Article base = article("标题", "一").toBuilder().status(Status.IN_REVIEW).build();
        ThreeWayMerge.Merge m = ThreeWayMerge.merge(base, base.toBuilder().status(Status.APPROVED).build(),
                base.toBuilder().status(Status.DRAFT).build());
        assertThat(m.clean()).isTrue();
        assertThat(m.result().status()).isEqualTo(Status.DRAFT);
    }
}
