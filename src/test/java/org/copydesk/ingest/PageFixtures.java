package org.copydesk.ingest;

import com.hankcs.hanlp.HanLP;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages for the import tests. The reference page is the saved page the product was specified
 * from (src/test/resources/pages); the others are that article laid out and encoded the ways
 * other sites save pages, built here so that each one's expected result is known.
 */
final class PageFixtures {

    static final String TITLE = "外交部国际司—— 强化理论武装 践行“两个维护”";
    static final List<String> KEYWORDS = List.of("国际", "工作", "习近平", "外交", "政治");

    private PageFixtures() {
    }

    static String resource(String name) {
        try (InputStream in = PageFixtures.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The reference page as saved: Traditional, pinyin annotations, two damaged spans. */
    static String referenceText() {
        return resource("/pages/reference-page.txt");
    }

    /** The eleven paragraphs the reference page must become, reviewed by eye. */
    static List<String> expectedParagraphs() {
        return resource("/golden/reference-page-paragraphs.txt").lines().filter(l -> !l.isBlank()).toList();
    }

    /** The body paragraphs of the saved page, damage and all (lines 7–17 of the file). */
    static List<String> savedParagraphs() {
        List<String> lines = referenceText().lines().toList();
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String l : lines) {
            if (l.startsWith("分享到")) {
                in = true;
                continue;
            }
            if (l.startsWith("編輯")) {
                break;
            }
            if (in && !l.isBlank()) {
                out.add(l);
            }
        }
        return out;
    }

    /** A portal layout in GBK (GB18030): the saved paragraphs, damage included, with 　　 indentation. */
    static Path portalGbk(Path dir) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : savedParagraphs()) {
            body.append("<p>\u3000\u3000").append(p).append("</p>\n");
        }
        String html = """
                <!DOCTYPE html>
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
                <title>外交部國際司—— 強化理論武裝 踐行“兩個維護”--人民政協網</title>
                <script>var tracker = 1;</script><style>.x{color:red}</style></head>
                <body>
                <div class="top"><div class="nav"><a href="/">首頁</a> <a href="/yw">要聞</a> <a href="/yl">要論</a> <a href="/xs">協商</a> <a href="/tz">統戰</a> <a href="/dp">黨派</a></div></div>
                <div class="crumb">當前位置：<a href="/">首頁</a> &gt; <a href="/yw">要聞</a> &gt; 正文</div>
                <div class="main">
                <h1>%s</h1>
                <div class="info">發佈時間：2021-05-13 08:43:00&nbsp;&nbsp;來源：人民網&nbsp;&nbsp;<span>點擊：1024</span></div>
                <div class="share">分享到：<a href="#">微博</a> <a href="#">微信</a></div>
                <div class="content">
                %s</div>
                <div class="editor">（責任編輯：羅文）</div>
                <div class="tags">關鍵字：國際，工作，習近平，外交，政治</div>
                <div class="related"><h3>相關新聞</h3><ul><li><a href="/1">其他新聞一</a></li><li><a href="/2">其他新聞二</a></li></ul></div>
                </div>
                <div class="footer">版權所有 人民政協網 京ICP備00000000號</div>
                </body></html>
                """.formatted("外交部國際司—— 強化理論武裝 踐行“兩個維護”", body);
        Path file = dir.resolve("portal-gbk.html");
        Files.write(file, html.getBytes(Charset.forName("GB18030")));
        return file;
    }

    /** Traditional text in the forms Big5 has (爲 is written 為 there, and so on). */
    static String big5(String traditional) {
        String variants = "爲為僞偽衆眾綫線峯峰裏裡啓啟眞真卽即敎教";
        StringBuilder out = new StringBuilder(traditional);
        for (int i = 0; i < variants.length(); i += 2) {
            for (int k = 0; k < out.length(); k++) {
                if (out.charAt(k) == variants.charAt(i)) {
                    out.setCharAt(k, variants.charAt(i + 1));
                }
            }
        }
        var encoder = Charset.forName("Big5-HKSCS").newEncoder();
        if (!encoder.canEncode(out)) {
            throw new IllegalStateException("not encodable in Big5: " + out);
        }
        return out.toString();
    }

    /** An old table layout in Big5 that declares the wrong charset; Traditional text without damage. */
    static Path tableBig5(Path dir) throws IOException {
        StringBuilder rows = new StringBuilder();
        for (String p : expectedParagraphs()) {
            rows.append("<tr><td class=\"txt\">").append(big5(HanLP.convertToTraditionalChinese(p))).append("</td></tr>\n");
        }
        String html = """
                <html><head><meta charset="gb2312"><title>外交部國際司</title></head>
                <body><table width="960"><tr><td>首頁 | 要聞 | 要論 | 協商 | 統戰 | 黨派 | 理論 | 社會</td></tr>
                <tr><td>首頁 ＞ 要聞</td></tr>
                <tr><td><b>%s</b></td></tr>
                <tr><td>2021/5/13 08:43 稿源：人民網</td></tr>
                %s
                <tr><td>責編：羅文</td></tr>
                <tr><td>標籤：國際 工作 習近平 外交 政治</td></tr>
                <tr><td>Copyright © 人民政協網 版權所有</td></tr>
                </table></body></html>
                """.formatted(big5(HanLP.convertToTraditionalChinese(TITLE)), rows);
        Path file = dir.resolve("table-big5.htm");
        Files.write(file, html.getBytes(Charset.forName("Big5-HKSCS")));
        return file;
    }
}
