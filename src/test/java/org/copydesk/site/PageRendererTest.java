package org.copydesk.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.SiteProfile;
import org.copydesk.domain.ArticleSummary;
import org.copydesk.domain.Status;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.copydesk.support.TestDesk;
import org.junit.jupiter.api.Test;

class PageRendererTest {

    private final PageRenderer renderer = new PageRenderer(SiteProfiles.reference());

    static Article reference() {
        return TestDesk.referenceArticle();
    }

    static List<ArticleSummary> related() {
        return List.of(
                new ArticleSummary(5, "国际司开展主题党日活动", "要闻", Status.PUBLISHED, LocalDateTime.of(2021, 5, 10, 9, 0), null),
                new ArticleSummary(3, "外交部举行新闻发布会", "要闻", Status.PUBLISHED, LocalDateTime.of(2021, 5, 8, 15, 30), null));
    }

    @Test
    void theArticlePageHasEveryPartOfThePublishedPage() {
        Document page = Jsoup.parse(renderer.articlePage(reference(), related()));
        assertThat(page.select("nav.channels a").eachText())
                .containsExactly("首页", "要闻", "要论", "协商", "统战", "党派", "委员讲堂", "理论", "人事", "社会", "法治", "视频", "文化");
        assertThat(page.select(".breadcrumb").text()).isEqualTo("首页>要闻");
        assertThat(page.select("h1.title").text()).isEqualTo("外交部国际司—— 强化理论武装 践行“两个维护”");
        assertThat(page.select(".dateline").text()).isEqualTo("2021年05月13日 08:43 | 来源:人民网");
        // no empty furniture: the reference page's bare 分享到: is not copied
        assertThat(page.select(".share")).isEmpty();
        assertThat(page.select(".body > p")).hasSize(2);
        assertThat(page.select(".editor").text()).isEqualTo("编辑:罗文");
        assertThat(page.select(".keywords").text()).isEqualTo("关键词:国际 工作 习近平 外交 政治");
        assertThat(page.select(".promo").text()).isEqualTo("人民政协报政协号客户端下载 >");
        assertThat(page.select(".related h2").text()).isEqualTo("相关新闻");
        assertThat(page.select(".related li a").eachText()).containsExactly("国际司开展主题党日活动", "外交部举行新闻发布会");
        assertThat(page.select(".related li a").eachAttr("href")).containsExactly("5.html", "3.html");
    }

    @Test
    void aCaptionWithItsCreditAndATableArePrintedOnThePage() {
        Article a = reference().toBuilder().bodyHtml(org.copydesk.markup.Sanitizer.clean(
                "<figure><img src=\"abc123.png\" alt=\"\"><figcaption>会场一角<small>新华社记者 张三 摄</small></figcaption></figure>"
                + "<table><tr><th>地区</th><th>人数</th></tr><tr><td>东城区</td><td>1200</td></tr></table>")).build();
        Document page = Jsoup.parse(renderer.articlePage(a, List.of()));
        assertThat(page.select(".body figure figcaption").text()).isEqualTo("会场一角新华社记者 张三 摄");
        assertThat(page.select(".body figcaption small").text()).isEqualTo("新华社记者 张三 摄");
        assertThat(page.select(".body table th").eachText()).containsExactly("地区", "人数");
        assertThat(page.select(".body table td").eachText()).containsExactly("东城区", "1200");
    }

    @Test
    void linksAreRelativeToTheArticlesFolder() {
        Document page = Jsoup.parse(renderer.articlePage(reference(), related()));
        assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("../assets/site.css");
        assertThat(page.select(".breadcrumb a").eachAttr("href")).containsExactly("../index.html", "../channels/yaowen.html");
        assertThat(page.select(".body img").attr("src")).isEqualTo("../images/7/abc123.png");
    }

    @Test
    void thePageForbidsScriptsAndRemoteLoads() {
        Document page = Jsoup.parse(renderer.articlePage(reference(), List.of()));
        String csp = page.select("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(csp).contains("default-src 'none'").doesNotContain("script-src");
    }

    @Test
    void everyPageEndsWithTheCopyrightLineAndTheIcpNumberLinkedToTheRegistry() {
        Document reference = Jsoup.parse(renderer.articlePage(reference(), List.of()));
        assertThat(reference.select("footer .copyright").text()).isEqualTo("人民政协网 版权所有 未经书面授权禁止使用");
        assertThat(reference.select("footer .icp")).as("no 备案号 in the profile, none on the page").isEmpty();

        SiteProfile r = SiteProfiles.reference();
        SiteProfile.Publishing p = r.publishing();
        SiteProfile withIcp = new SiteProfile(r.id(), r.siteName(), r.homeLabel(), r.channels(), r.promoText(), r.promoHref(), r.script(),
                r.dateFormat(), r.relatedLimit(), r.templates(), r.assets(), r.terms(), r.limits(),
                new SiteProfile.Publishing(p.baseUrl(), p.permalink(), p.pageSize(), p.feedLength(), p.language(), p.description(),
                        "", "京ICP备12345678号-1"));
        PageRenderer icp = new PageRenderer(withIcp);
        for (String html : List.of(icp.articlePage(reference(), List.of()))) {
            Document page = Jsoup.parse(html);
            assertThat(page.select("footer .copyright").text()).as("the site's name without a line of its own").isEqualTo("人民政协网");
            assertThat(page.select("footer .icp a").text()).isEqualTo("京ICP备12345678号-1");
            assertThat(page.select("footer .icp a").attr("href")).isEqualTo("https://beian.miit.gov.cn/");
        }
    }

    @Test
    void thePageNeverReferencesAnImageOnAnotherSite() {
        Article remote = reference().toBuilder().bodyHtml("<p>正文<img src=\"http://img.example.com/a.jpg\" alt=\"外\"></p>"
                + "<p><img src=\"//cdn.example.net/b.png\"></p><p><img src=\"abc123.png\" alt=\"本稿\"></p>").build();
        Document page = Jsoup.parse(renderer.articlePage(remote, List.of()));
        assertThat(page.select(".body img").eachAttr("src")).containsExactly("../images/7/abc123.png");
        assertThat(page.select(".body p").first().text()).isEqualTo("正文");
    }

    @Test
    void textIsEscapedAndTheBodyIsSanitisedAgainOnTheWayOut() {
        Article hostile = reference().toBuilder()
                .title("<script>alert(1)</script>标题")
                .source("\"><img src=x onerror=alert(1)>")
                .bodyHtml("<p onclick=\"x()\">正文</p><script>alert(2)</script><a href=\"javascript:alert(3)\">链</a>")
                .build();
        String html = renderer.articlePage(hostile, List.of());
        Document page = Jsoup.parse(html);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("[onclick], [onerror]")).isEmpty();
        assertThat(page.select("a[href^=javascript]")).isEmpty();
        assertThat(page.select("h1.title").text()).isEqualTo("<script>alert(1)</script>标题");
        assertThat(page.select(".dateline .source").text()).isEqualTo("来源:\"><img src=x onerror=alert(1)>");
    }

    @Test
    void emptyPartsAreLeftOutRatherThanShownBlank() {
        Article bare = new Article.Builder().id(9).title("只有标题").bodyHtml("<p>正文</p>").build();
        Document page = Jsoup.parse(renderer.articlePage(bare, List.of()));
        assertThat(page.select(".editor, .keywords, .subtitle, .summary, .dateline time, .dateline .source, .related")).isEmpty();
        assertThat(page.select(".breadcrumb").text()).isEqualTo("首页");
    }

    @Test
    void theSameArticleRendersToTheSameBytes() {
        assertThat(renderer.articlePage(reference(), related())).isEqualTo(renderer.articlePage(reference(), related()));
    }
}
