package org.copydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyTextTest {

    @Test
    void paragraphsAreBlocksInReadingOrder() {
        String html = "<h2>小标题</h2><p>第一段，<strong>加粗</strong>。</p><ul><li>甲</li><li>乙</li></ul>"
                + "<blockquote><p>引文</p></blockquote><figure><img src=\"a.png\"><figcaption>图说</figcaption></figure><p> </p>";
        assertThat(BodyText.paragraphs(html)).containsExactly("小标题", "第一段，加粗。", "甲", "乙", "引文", "图说");
    }

    @Test
    void bareTextCountsAsOneParagraph() {
        assertThat(BodyText.paragraphs("没有标记的文字")).containsExactly("没有标记的文字");
        assertThat(BodyText.paragraphs("")).isEmpty();
    }

    @Test
    void charactersAreCountedWithoutWhiteSpaceOfAnyWidth() {
        assertThat(BodyText.characterCount("　　近年来, 外交部\u00A0国际司")).isEqualTo(10);
    }

    @Test
    void statsCountCharactersAndParagraphs() {
        BodyText.Stats s = BodyText.stats("<p>一二三</p><p>四五</p>");
        assertThat(s.characters()).isEqualTo(5);
        assertThat(s.paragraphs()).isEqualTo(2);
    }
}
