package org.copydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.domain.DiffGranularity;
import org.copydesk.text.TextDiff.Op;
import org.copydesk.text.TextDiff.Paragraph;
import org.copydesk.text.TextDiff.Span;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void wordsJoinBackIntoTheTextExactly() {
        String text = "外交部国际司 2021年5月 召开会议, WHO 代表出席。";
        assertThat(String.join("", TextDiff.tokens(text, DiffGranularity.WORD))).isEqualTo(text);
        assertThat(TextDiff.tokens(text, DiffGranularity.WORD)).contains("外交部");
        assertThat(TextDiff.tokens("𠀀字", DiffGranularity.CHARACTER)).containsExactly("𠀀", "字");
    }

    @Test
    void anEditedParagraphIsComparedWithTheOneItCameFromWhenAnotherWasRemovedBeforeIt() {
        List<Paragraph> diff = TextDiff.paragraphs(
                List.of("开头。", "这一段整段删掉了，内容完全不同。", "会议由司长主持。"),
                List.of("开头。", "会议由副司长主持。"), DiffGranularity.CHARACTER);
        assertThat(diff).extracting(Paragraph::op).containsExactly(Op.SAME, Op.DELETED, Op.SAME);
        assertThat(diff.get(2).spans()).containsExactly(new Span(Op.SAME, "会议由"), new Span(Op.INSERTED, "副"),
                new Span(Op.SAME, "司长主持。"));
        assertThat(TextDiff.counts(diff)).containsExactly(1, 16);
    }

    @Test
    void unrelatedParagraphsAreADeletionAndAnInsertionNotAnEdit() {
        List<Paragraph> diff = TextDiff.paragraphs(List.of("春天来了。"), List.of("股市收盘上涨。"), DiffGranularity.CHARACTER);
        assertThat(diff).extracting(Paragraph::op).containsExactly(Op.DELETED, Op.INSERTED);
        assertThat(diff).allMatch(Paragraph::changed);
    }

    @Test
    void identicalTextsHaveNoChanges() {
        List<Paragraph> diff = TextDiff.paragraphs(List.of("一。", "二。"), List.of("一。", "二。"), DiffGranularity.WORD);
        assertThat(diff).noneMatch(Paragraph::changed);
        assertThat(TextDiff.similarity("", "")).isEqualTo(1.0);
    }
}
