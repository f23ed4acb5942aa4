package org.copydesk.markup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SanitizerTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>近年来，外交部国际司自觉用“两个维护”武装头腦。</p>",
            "<h2>二级标题</h2><h3>三级标题</h3><p>正文</p>",
            "<p><strong>加粗</strong>和<em>斜体</em></p>",
            "<p><a href=\"https://www.example.com/a?b=1&amp;c=2\">链接</a></p>",
            "<p><a href=\"../articles/12.html\">站内链接</a></p>",
            "<p><a href=\"mailto:desk@example.com\">来信</a></p>",
            "<figure><img src=\"3f2a9c.png\" alt=\"示意图\"><figcaption>图说</figcaption></figure>",
            "<blockquote><p>引文</p></blockquote>",
            "<ul><li>甲</li><li>乙</li></ul><ol><li>一</li></ol>",
            "<p>第一行<br>第二行</p>",
            "<p>《习近平谈治国理政》第三卷 &amp; 5 &lt; 6</p>",
    })
    void theSitesMarkupPassesUnchanged(String html) {
        assertThat(Sanitizer.clean(html)).isEqualTo(html);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<p>a<script>alert(1)</script>b</p>                | <p>ab</p>",
            "<p onclick=\"alert(1)\">正文</p>                  | <p>正文</p>",
            "<a href=\"javascript:alert(1)\">链接</a>          | <p>链接</p>",
            "<a href=\"JaVaScRiPt:alert(1)\">链接</a>          | <p>链接</p>",
            "<a href=\"&#106;avascript:alert(1)\">链接</a>     | <p>链接</p>",
            "<a href=\"java&#x09;script:alert(1)\">链接</a>    | <p>链接</p>",
            "<a href=\" &#x0A;javascript:alert(1)\">链接</a>   | <p>链接</p>",
            "<img src=\"data:image/png;base64,AAAA\">正文       | <p>正文</p>",
            "<p style=\"background:url(javascript:x)\">正文</p> | <p>正文</p>",
            "<svg><script>alert(1)</script></svg><p>正文</p>    | <p>正文</p>",
            "<iframe srcdoc=\"<script>x</script>\"></iframe>正文 | <p>正文</p>",
            "<b>粗</b><i>斜</i>                                 | <p><strong>粗</strong><em>斜</em></p>",
            "<div>段落一</div><div>段落二</div>                 | <p>段落一</p><p>段落二</p>",
            "<h1>大标题</h1><h5>小标题</h5>                     | <h2>大标题</h2><h3>小标题</h3>",
            "<p><span style=\"color:red\">红字</span></p>       | <p>红字</p>",
            "<p><br></p><p>  </p><p>正文</p>                    | <p>正文</p>",
            "<li>孤立的列表项</li>                              | <ul><li>孤立的列表项</li></ul>",
    })
    void hostileAndForeignMarkupIsReducedToTheSitesMarkup(String dirty, String clean) {
        assertThat(Sanitizer.clean(dirty)).isEqualTo(clean.strip());
    }

    @Test
    void cleaningIsAFixedPoint() {
        String dirty = "<div onmouseover=x>文<b>字</b><a href=\"java\nscript:x\">链</a><img src=x.png onerror=y></div>";
        String once = Sanitizer.clean(dirty);
        assertThat(Sanitizer.clean(once)).isEqualTo(once);
        assertThat(once).doesNotContain("onmouseover", "onerror", "script");
    }

    @Test
    void linksAreReadAsABrowserReadsThem() {
        assertThat(Sanitizer.safeLink("  https://example.com/x ")).isEqualTo("https://example.com/x");
        assertThat(Sanitizer.safeLink("java\tscript:alert(1)")).isNull();
        assertThat(Sanitizer.safeLink("vbscript:msgbox")).isNull();
        assertThat(Sanitizer.safeLink("images/a b.png")).isEqualTo("images/a b.png");
        assertThat(Sanitizer.safeLink("\\\\evil.example/x")).isNull();
    }

    @Test
    void aTableOfDataStaysAPlainGrid() {
        String word = "<table border=1 style=\"width:100%\"><caption>各区人数</caption><tr><th colspan=1>地区</th><th>人数</th></tr>"
                + "<tr><td><p class=MsoNormal>东城区</p><p>（含新区）</p></td><td><span style=\"color:red\">1200</span></td></tr>"
                + "<tr><td>西城区</td><td onclick=\"x()\">900</td></tr></table>";
        String clean = Sanitizer.clean(word);
        assertThat(clean).isEqualTo("<p>各区人数</p><table><tbody><tr><th>地区</th><th>人数</th></tr>"
                + "<tr><td>东城区<br>（含新区）</td><td>1200</td></tr><tr><td>西城区</td><td>900</td></tr></tbody></table>");
        assertThat(Sanitizer.clean(clean)).as("a fixed point").isEqualTo(clean);
        String withHead = Sanitizer.clean("<table><thead><tr><th>甲</th><th>乙</th></tr></thead><tbody><tr><td></td><td>2</td></tr></tbody></table>");
        assertThat(withHead).isEqualTo("<table><thead><tr><th>甲</th><th>乙</th></tr></thead><tbody><tr><td></td><td>2</td></tr></tbody></table>");
    }

    @Test
    void aPageLaidOutInTablesIsReadAsItsParagraphs() {
        assertThat(Sanitizer.clean("<table><tr><td>首页 ＞ 要闻</td></tr><tr><td><b>标题</b></td></tr><tr><td>正文一段。</td></tr></table>"))
                .isEqualTo("<p>首页 ＞ 要闻</p><p><strong>标题</strong></p><p>正文一段。</p>");
        assertThat(Sanitizer.clean("<table><tr><td><table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td><td>丁</td></tr></table></td>"
                + "<td>旁注</td></tr><tr><td>一</td><td>二</td></tr></table>")).contains("<table>").doesNotContain("<table><tbody><tr><td><table>");
        assertThat(Sanitizer.clean("<table><tr><td>  </td><td></td></tr><tr><td></td><td> </td></tr></table>")).as("an empty grid").isEmpty();
    }

    @Test
    void aCreditIsSmallPrintInACaptionAndNowhereElse() {
        assertThat(Sanitizer.clean("<figure><img src=\"a.png\" alt=\"\"><figcaption>会场一角<small>新华社记者 张三 摄</small></figcaption></figure>"))
                .isEqualTo("<figure><img src=\"a.png\" alt=\"\"><figcaption>会场一角<small>新华社记者 张三 摄</small></figcaption></figure>");
        assertThat(Sanitizer.clean("<p>正文<small>小字</small></p>")).isEqualTo("<p>正文小字</p>");
    }
}
