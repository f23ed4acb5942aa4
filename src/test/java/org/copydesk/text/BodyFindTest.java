package org.copydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.domain.FindQuery;
import org.junit.jupiter.api.Test;

class BodyFindTest {

    private static String replace(String html, String find, String with) {
        FindQuery q = FindQuery.words(find, with);
        return BodyFind.replace(html, q, q.pattern());
    }

    @Test
    void matchesArePlacedByParagraphAndOffsetLikeFindings() {
        FindQuery q = FindQuery.words("政协", "");
        var hits = BodyFind.find("<p>全国政协开幕。</p><h2>小标题</h2><p>地方<strong>政协</strong>委员</p>", q, q.pattern());
        assertThat(hits).extracting(BodyFind.Hit::paragraph, BodyFind.Hit::start).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, 2), org.assertj.core.groups.Tuple.tuple(2, 2));
    }

    @Test
    void replacingChangesWordsNeverMarkup() {
        assertThat(replace("<p>见<a href=\"zhang.html\">张三</a>说</p>", "张三", "张叁"))
                .isEqualTo("<p>见<a href=\"zhang.html\">张叁</a>说</p>");
        assertThat(replace("<p><img src=\"a.png\" alt=\"张三\">张三</p>", "张三", "李四"))
                .isEqualTo("<p><img src=\"a.png\" alt=\"张三\">李四</p>");
        assertThat(replace("<p>p 段落</p>", "p", "q")).isEqualTo("<p>q 段落</p>");
    }

    @Test
    void aMatchAcrossBoldAndPlainWordsIsReplacedInItsFirstPiece() {
        assertThat(replace("<p>地方<strong>政协</strong>委员会</p>", "政协委员", "人大代表"))
                .isEqualTo("<p>地方<strong>人大代表</strong>会</p>");
    }

    @Test
    void severalMatchesInOneTextAndEntitiesStayEscaped() {
        assertThat(replace("<p>a&lt;b a&lt;b</p>", "a<b", "c&d")).isEqualTo("<p>c&amp;d c&amp;d</p>");
    }

    @Test
    void oneMatchAloneCanBeReplaced() {
        FindQuery q = FindQuery.words("甲", "乙");
        assertThat(BodyFind.replace("<p>甲甲</p><p>甲</p>", q, q.pattern(), 0, 1)).isEqualTo("<p>甲乙</p><p>甲</p>");
    }

    @Test
    void aBodyWithoutTheWordsIsLeftExactlyAsItWas() {
        String html = "<p>  原样   保留 </p>";
        assertThat(replace(html, "没有", "有")).isSameAs(html);
    }

    @Test
    void aParagraphIndentedWithIdeographicSpacesIsPlacedAsTheDeskReadsIt() {
        FindQuery q = FindQuery.words("张三", "李四");
        String html = "<p>\u3000\u3000张三说：\u3000好。</p>";
        assertThat(BodyFind.find(html, q, q.pattern())).singleElement().satisfies(h -> assertThat(h.start()).isZero());
        assertThat(BodyFind.replace(html, q, q.pattern(), 0, 0)).isEqualTo("<p>\u3000\u3000李四说：\u3000好。</p>");
    }
}
