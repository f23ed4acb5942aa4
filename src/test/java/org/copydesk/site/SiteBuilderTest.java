package org.copydesk.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.copydesk.domain.Article;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.LinkReport;
import org.copydesk.domain.Problem;
import org.copydesk.domain.Progress;
import org.copydesk.domain.SiteProfile;
import org.copydesk.domain.SiteReport;
import org.copydesk.support.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The whole published site: pages, lists, feeds, sitemaps, and what a later build rewrites and removes. */
class SiteBuilderTest {

    @TempDir
    Path dir;

    private static final byte[] PNG = pngBytes();
    private PageRenderer renderer = new PageRenderer(SiteProfiles.reference());

    private static byte[] pngBytes() {
        byte[] b = new byte[64];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    private static Article article(long id, String title, String channel, int day, String... keywords) {
        return new Article.Builder().id(id).uuid("uuid-" + id).title(title).channel(channel).source("人民网").editor("罗文")
                .summary("摘要" + id).keywords(List.of(keywords)).publishedAt(LocalDateTime.of(2021, 5, day, 8, 0))
                .bodyHtml("<p>正文" + id + "</p><figure><img src=\"pic.png\" alt=\"\"></figure>").build();
    }

    private static TestSite.Item item(Article a, Long... related) {
        return new TestSite.Item(a, List.of(new ImageAsset("pic.png", "image/png", PNG)), List.of(related));
    }

    private List<TestSite.Item> three() {
        return new ArrayList<>(List.of(
                item(article(1, "甲稿", "要闻", 1, "国际", "外交"), 2L),
                item(article(2, "乙稿", "要闻", 2, "国际"), 1L, 3L),
                item(article(3, "丙稿", "社会", 3, "民生"))));
    }

    private SiteReport build(List<TestSite.Item> items) {
        return TestSite.build(renderer, items, dir);
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(dir.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void aSiteHasEverythingItNeedsAndNoBrokenLink() throws IOException {
        SiteReport r = build(three());
        assertThat(r.added()).contains("c/2021-05-01/1.shtml", "c/2021-05-02/2.shtml", "c/2021-05-03/3.shtml", "images/1/pic.png",
                "assets/site.css", "index.html", "channels/yaowen.html", "channels/shehui.html", "channels/wenhua.html",
                "keywords/国际.html", "keywords/外交.html", "keywords/民生.html", "feed.xml", "feeds/yaowen.xml", "feeds/wenhua.xml",
                "sitemap.xml", "sitemap-news.xml", "robots.txt", "404.html");
        assertThat(r.changed()).isEmpty();
        assertThat(r.links().ok()).as(r.links().broken().toString()).isTrue();
        LinkReport all = LinkCheck.check(dir);
        assertThat(all.broken()).isEmpty();
        // 3 articles, the home page, 12 channels, 3 keywords, the 404 page
        assertThat(all.pages()).isEqualTo(20);
        assertThat(all.external()).allSatisfy(e -> assertThat(e).contains("http://www.rmzxb.com.cn/"));
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(Path::toString).filter(p -> p.endsWith(".tmp"))).isEmpty();
        }
    }

    private static byte[] realPng(int width, int height) throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            img.setRGB(x, height / 2, 0xC03030);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void theLeadPictureIsOnListsInFeedsAndOnTheCardAndPicturesComeAtTheSitesWidths() throws Exception {
        byte[] big = realPng(1200, 600);
        byte[] small = realPng(300, 200);
        Article a = article(1, "甲稿", "要闻", 1, "国际").toBuilder().leadImage("big.png")
                .bodyHtml("<p>正文</p><figure><img src=\"big.png\" alt=\"\"><figcaption>大图</figcaption></figure>"
                        + "<figure><img src=\"small.png\" alt=\"\"><figcaption>小图</figcaption></figure>").build();
        List<TestSite.Item> items = new ArrayList<>(List.of(new TestSite.Item(a, List.of(new ImageAsset("big.png", "image/png", big),
                new ImageAsset("small.png", "image/png", small)), List.of()), item(article(2, "乙稿", "要闻", 2, "国际"))));
        SiteReport r = build(items);
        assertThat(r.added()).contains("images/1/big.png", "images/1/big-w480.png", "images/1/big-w960.png");
        assertThat(org.copydesk.markup.Images.width(java.nio.file.Files.readAllBytes(dir.resolve("images/1/big-w480.png")))).isEqualTo(480);
        assertThat(java.nio.file.Files.readAllBytes(dir.resolve("images/1/big.png"))).as("the original kept").isEqualTo(big);

        Document page = page("c/2021-05-01/1.shtml");
        assertThat(page.select(".body img").first().attr("srcset"))
                .isEqualTo("../../images/1/big-w480.png 480w, ../../images/1/big-w960.png 960w, ../../images/1/big.png 1200w");
        assertThat(page.select(".body img").get(1).hasAttr("srcset")).as("a picture narrower than every width has no copies to offer").isFalse();
        assertThat(page.select("meta[property=og:image]").attr("content")).isEqualTo("http://www.rmzxb.com.cn/images/1/big.png");
        assertThat(page("c/2021-05-02/2.shtml").select("meta[property=og:image]")).as("no lead picture, no card picture").isEmpty();

        Document channel = page("channels/yaowen.html");
        assertThat(channel.select(".index li").get(1).select(".thumb img").attr("src")).isEqualTo("../images/1/big-w480.png");
        assertThat(channel.select(".index li").get(0).select(".thumb")).isEmpty();
        String feed = java.nio.file.Files.readString(dir.resolve("feeds/yaowen.xml"));
        assertThat(feed).contains("<media:content xmlns:media=\"http://search.yahoo.com/mrss/\" medium=\"image\" url=\"http://www.rmzxb.com.cn/images/1/big.png\"/>");
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(feed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void anArticlePageLinksItsKeywordsNeighboursAndRelatedNews() throws IOException {
        build(three());
        Document p2 = page("c/2021-05-02/2.shtml");
        assertThat(p2.select("link[rel=canonical]").attr("href")).isEqualTo("http://www.rmzxb.com.cn/c/2021-05-02/2.shtml");
        assertThat(p2.select("meta[name=description]").attr("content")).isEqualTo("摘要2");
        assertThat(p2.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(p2.select("link[rel=alternate]").attr("href")).isEqualTo("../../feeds/yaowen.xml");
        assertThat(p2.select(".keywords a").eachAttr("href")).containsExactly("../../keywords/%E5%9B%BD%E9%99%85.html");
        assertThat(p2.select(".sibling-prev a").text()).isEqualTo("甲稿");
        assertThat(p2.select(".sibling-next")).isEmpty();
        assertThat(p2.select(".related li a").eachText()).containsExactly("甲稿", "丙稿");
        assertThat(p2.select(".body img").attr("src")).isEqualTo("../../images/2/pic.png");
        Document p1 = page("c/2021-05-01/1.shtml");
        assertThat(p1.select(".sibling-next a").text()).isEqualTo("乙稿");
        assertThat(page("c/2021-05-03/3.shtml").select(".related")).as("no empty 相关新闻").isEmpty();
        assertThat(page("keywords/国际.html").select(".index a").eachText()).containsExactly("乙稿", "甲稿");
        assertThat(page("channels/wenhua.html").select(".index li")).isEmpty();
        assertThat(page("404.html").select(".not-found a").attr("href")).isEqualTo("http://www.rmzxb.com.cn/");
    }

    @Test
    void listsArePagedNewestFirst() throws IOException {
        renderer = new PageRenderer(withPublishing(new SiteProfile.Publishing("https://news.example.cn/", "a/{id}.html", 2, 3, "zh-CN", "")));
        List<TestSite.Item> items = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            items.add(item(article(i, "稿件" + i, "要闻", i, "国际")));
        }
        build(items);
        assertThat(page("index.html").select(".latest .index a").eachText()).containsExactly("稿件5", "稿件4");
        assertThat(page("index_2.html").select(".latest .index a").eachText()).containsExactly("稿件3", "稿件2");
        assertThat(page("index_3.html").select(".latest .index a").eachText()).containsExactly("稿件1");
        assertThat(page("index_2.html").select(".home-section h2").eachText()).containsExactly("最新稿件");
        assertThat(page("channels/yaowen_3.html").select(".index a").eachText()).containsExactly("稿件1");
        Document second = page("channels/yaowen_2.html");
        assertThat(second.select(".pager .current").text()).isEqualTo("2");
        assertThat(second.select(".pager-prev").attr("href")).isEqualTo("yaowen.html");
        assertThat(second.select(".pager-next").attr("href")).isEqualTo("yaowen_3.html");
        assertThat(page("keywords/国际_3.html").select(".index a").eachText()).containsExactly("稿件1");
        assertThat(LinkCheck.check(dir).broken()).isEmpty();
    }

    @Test
    void feedsAreRss2WithTheSitesOffset() throws Exception {
        List<TestSite.Item> items = three();
        items.add(item(article(4, "标题里有 <尖括号> & 符号", "要闻", 4)));
        build(items);
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("feeds/yaowen.xml").toFile());
        Element rss = xml.getDocumentElement();
        assertThat(rss.getAttribute("version")).isEqualTo("2.0");
        Element channel = (Element) rss.getElementsByTagName("channel").item(0);
        assertThat(text(channel, "title")).isEqualTo("要闻 - 人民政协网");
        assertThat(text(channel, "link")).isEqualTo("http://www.rmzxb.com.cn/channels/yaowen.html");
        assertThat(text(channel, "language")).isEqualTo("zh-cn");
        assertThat(text(channel, "lastBuildDate")).isEqualTo("Tue, 04 May 2021 08:00:00 +0800");
        NodeList items2 = channel.getElementsByTagName("item");
        assertThat(items2.getLength()).isEqualTo(3);
        Element first = (Element) items2.item(0);
        assertThat(text(first, "title")).isEqualTo("标题里有 <尖括号> & 符号");
        assertThat(text(first, "guid")).isEqualTo("http://www.rmzxb.com.cn/c/2021-05-04/4.shtml");
        assertThat(text(first, "pubDate")).isEqualTo("Tue, 04 May 2021 08:00:00 +0800");
        assertThat(text((Element) items2.item(1), "description")).isEqualTo("摘要2");
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("feed.xml").toFile())
                .getElementsByTagName("item").getLength()).isEqualTo(4);
    }

    @Test
    void sitemapsListEveryAddressAndSplitPastTheLimit() throws Exception {
        List<TestSite.Item> items = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            items.add(item(article(i, "稿件" + i, i % 2 == 0 ? "要闻" : "社会", i)));
        }
        new SiteBuilder(renderer).sitemapLimits(10, 1_000_000)
                .build(TestSite.entries(renderer, items), TestSite.loader(items), dir, TestSite.NOW, Progress.NONE, () -> false);
        var index = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("sitemap.xml").toFile());
        assertThat(index.getDocumentElement().getTagName()).isEqualTo("sitemapindex");
        assertThat(index.getElementsByTagName("loc").getLength()).isEqualTo(3);
        int urls = 0;
        for (int n = 1; n <= 3; n++) {
            var part = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("sitemap-" + n + ".xml").toFile());
            urls += part.getElementsByTagName("url").getLength();
            assertThat(part.getElementsByTagName("url").getLength()).isLessThanOrEqualTo(10);
        }
        // the home page, twelve channels, twelve articles
        assertThat(urls).isEqualTo(1 + 12 + 12);
        // the news sitemap: the two days before the build (2021-05-14 00:00 UTC = 08:00 in Beijing)
        String news = Files.readString(dir.resolve("sitemap-news.xml"));
        assertThat(news).contains("c/2021-05-12/12.shtml").doesNotContain("c/2021-05-11/11.shtml")
                .contains("<news:language>zh-cn</news:language>").contains("<news:publication_date>2021-05-12T08:00:00+08:00");
        assertThat(Files.readString(dir.resolve("robots.txt"))).contains("Sitemap: http://www.rmzxb.com.cn/sitemap.xml");
    }

    @Test
    void aSecondBuildWritesNothingAndSameInputGivesSameBytes() throws IOException {
        build(three());
        FileTime before = Files.getLastModifiedTime(dir.resolve("index.html"));
        SiteReport again = build(three());
        assertThat(again.added()).isEmpty();
        assertThat(again.changed()).isEmpty();
        assertThat(again.removed()).isEmpty();
        assertThat(Files.getLastModifiedTime(dir.resolve("index.html"))).isEqualTo(before);
        Path other = dir.resolveSibling(dir.getFileName() + "-other");
        TestSite.build(renderer, three(), other);
        for (String f : List.of("c/2021-05-02/2.shtml", "index.html", "feed.xml", "sitemap.xml", "keywords/国际.html")) {
            assertThat(Files.readAllBytes(other.resolve(f))).as(f).isEqualTo(Files.readAllBytes(dir.resolve(f)));
        }
    }

    @Test
    void aPageDeletedByHandIsMadeAgainAndAManifestPutBackIsReadAgain() throws IOException {
        build(three());
        Files.delete(dir.resolve("c/2021-05-02/2.shtml"));
        Files.delete(dir.resolve("keywords/国际.html"));
        SiteReport r = build(three());
        assertThat(r.added()).containsExactlyInAnyOrder("c/2021-05-02/2.shtml", "keywords/国际.html");
        assertThat(r.changed()).isEmpty();
        // the folder put back as an earlier build left it (a copy restored): its own manifest counts, not the one last written
        byte[] manifest = Files.readAllBytes(dir.resolve("site.json"));
        byte[] home = Files.readAllBytes(dir.resolve("index.html"));
        List<TestSite.Item> fewer = three().subList(0, 2);
        build(fewer);
        Files.write(dir.resolve("site.json"), manifest);
        Files.write(dir.resolve("index.html"), home);
        SiteReport back = build(fewer);
        assertThat(back.changed()).contains("index.html");
        assertThat(LinkCheck.check(dir).broken()).isEmpty();
    }

    @Test
    void anEditRewritesOnlyThePagesThatShowIt() throws IOException {
        build(three());
        List<TestSite.Item> edited = three();
        edited.set(0, item(article(1, "甲稿（改）", "要闻", 1, "国际", "外交"), 2L));
        SiteReport r = build(edited);
        // its page, the pages naming it (neighbour, related), its lists, keyword pages, feeds and sitemaps
        assertThat(r.changed()).contains("c/2021-05-01/1.shtml", "c/2021-05-02/2.shtml", "index.html", "channels/yaowen.html",
                "keywords/国际.html", "keywords/外交.html", "feed.xml", "feeds/yaowen.xml");
        // the sitemaps name addresses and times, not titles
        assertThat(r.changed()).doesNotContain("sitemap.xml", "c/2021-05-03/3.shtml", "channels/shehui.html", "keywords/民生.html", "feeds/shehui.xml",
                "images/1/pic.png", "404.html", "assets/site.css");
        assertThat(r.added()).isEmpty();
        assertThat(page("c/2021-05-02/2.shtml").select(".sibling-prev a").text()).isEqualTo("甲稿（改）");
        assertThat(r.links().ok()).isTrue();
    }

    @Test
    void anExportStoppedWhilePuttingItsFilesInPlaceIsFinishedByTheNextAndSaysSo() throws IOException {
        build(three());
        List<TestSite.Item> edited = three();
        edited.set(0, item(article(1, "甲稿（改）", "要闻", 1, "国际", "外交"), 2L));
        Path whole = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-whole"));
        TestSite.build(renderer, edited, whole);
        // the export of the edit had written its files and noted them, and was stopped after the first rename
        List<AtomicFiles.Staged> staged = new ArrayList<>();
        for (String page : List.of("index.html", "c/2021-05-01/1.shtml", "c/2021-05-02/2.shtml")) {
            staged.add(AtomicFiles.stage(dir.resolve(page), Files.readAllBytes(whole.resolve(page))));
        }
        AtomicFiles.noteSwitch(dir, staged);
        AtomicFiles.commit(staged.get(0));
        assertThat(page("c/2021-05-01/1.shtml").title()).doesNotContain("（改）");
        // the next export puts the other two in place before anything else, and says so; the edit was
        // taken back meanwhile, so what the stopped export put there is made again from the desk
        Path original = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-original"));
        TestSite.build(renderer, three(), original);
        SiteReport next = build(three());
        assertThat(next.resumed()).isEqualTo(2);
        for (String page : List.of("index.html", "c/2021-05-01/1.shtml", "c/2021-05-02/2.shtml")) {
            assertThat(Files.readAllBytes(dir.resolve(page))).as(page).isEqualTo(Files.readAllBytes(original.resolve(page)));
        }
        // stopped again the same way, and this time the edit stands
        staged.clear();
        for (String page : List.of("index.html", "c/2021-05-01/1.shtml", "c/2021-05-02/2.shtml")) {
            staged.add(AtomicFiles.stage(dir.resolve(page), Files.readAllBytes(whole.resolve(page))));
        }
        AtomicFiles.noteSwitch(dir, staged);
        AtomicFiles.commit(staged.get(0));
        assertThat(build(edited).resumed()).isEqualTo(2);
        assertThat(dir.resolve(AtomicFiles.SWITCH_NOTE)).doesNotExist();
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(Path::toString).filter(p -> p.endsWith(".tmp"))).isEmpty();
        }
        for (String page : List.of("index.html", "c/2021-05-01/1.shtml", "c/2021-05-02/2.shtml")) {
            assertThat(Files.readAllBytes(dir.resolve(page))).as(page).isEqualTo(Files.readAllBytes(whole.resolve(page)));
        }
        assertThat(build(edited).resumed()).isZero();
        // a note naming files outside the folder or not the export's own is not followed
        Files.writeString(dir.resolve(AtomicFiles.SWITCH_NOTE), "../elsewhere.tmp\tindex.html\nfeed.xml\tindex.html\n");
        byte[] index = Files.readAllBytes(dir.resolve("index.html"));
        assertThat(AtomicFiles.finishSwitch(dir).resumed()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("index.html"))).isEqualTo(index);
        assertThat(dir.resolve("feed.xml")).exists();
    }

    @Test
    void anArticleWithdrawnLeavesTheSiteAndEveryListAndFeed() throws IOException {
        build(three());
        List<TestSite.Item> fewer = three();
        fewer.remove(2);
        SiteReport r = build(fewer);
        assertThat(r.removed()).contains("c/2021-05-03/3.shtml", "images/3/pic.png", "keywords/民生.html");
        assertThat(dir.resolve("c/2021-05-03")).doesNotExist();
        assertThat(dir.resolve("images/3")).doesNotExist();
        assertThat(Files.readString(dir.resolve("feed.xml"))).doesNotContain("丙稿");
        assertThat(page("c/2021-05-02/2.shtml").select(".related li a").eachText()).containsExactly("甲稿");
        assertThat(LinkCheck.check(dir).broken()).isEmpty();
    }

    @Test
    void twoArticlesAtOneAddressAreRefusedBeforeAnythingIsWritten() {
        List<TestSite.Item> items = three();
        List<SiteEntry> entries = new ArrayList<>(TestSite.entries(renderer, items));
        SiteEntry e = entries.get(1);
        entries.set(1, new SiteEntry(e.id(), e.uuid(), entries.get(0).path(), e.revision(), e.title(), e.channel(), e.keywords(),
                e.publishedAt(), e.summary(), e.source(), e.author(), e.firstAt(), e.updated(), e.images(), e.related()));
        assertThatThrownBy(() -> new SiteBuilder(renderer).build(entries, TestSite.loader(items), dir, TestSite.NOW, Progress.NONE, () -> false))
                .isInstanceOfSatisfying(CopydeskException.class, x -> {
                    assertThat(x.problem()).isEqualTo(Problem.PERMALINK_COLLISION);
                    assertThat(x.args()).contains("甲稿", "乙稿", "c/2021-05-01/1.shtml");
                });
        assertThat(dir.resolve("index.html")).doesNotExist();
    }

    /** Every file of the folder with its bytes, hidden ones included. */
    private java.util.Map<String, String> snapshot() throws IOException {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    @Test
    void aStoppedBuildLeavesThePreviousSiteAsItWasAndTheNextCompletesIt() throws IOException {
        build(three());
        var before = snapshot();
        List<TestSite.Item> items = three();
        items.add(item(article(4, "丁稿", "要闻", 4, "国际"), 1L));
        items.set(0, item(article(1, "甲稿（更正）", "要闻", 1, "国际", "外交"), 2L));
        AtomicInteger files = new AtomicInteger();
        SiteReport stopped = new SiteBuilder(renderer).build(TestSite.entries(renderer, items), TestSite.loader(items), dir, TestSite.NOW,
                Progress.NONE, () -> files.incrementAndGet() > 10);
        assertThat(stopped.cancelled()).isTrue();
        assertThat(stopped.added()).isEmpty();
        // not one page of the stopped export in place, and nothing of it left behind
        assertThat(snapshot()).isEqualTo(before);
        SiteReport next = build(items);
        assertThat(next.cancelled()).isFalse();
        assertThat(next.added()).contains("c/2021-05-04/4.shtml");
        assertThat(page("c/2021-05-01/1.shtml").select("h1").text()).isEqualTo("甲稿（更正）");
        assertThat(LinkCheck.check(dir).broken()).isEmpty();
    }

    @Test
    void anExportThatCannotFinishLeavesThePreviousSiteAndNoTemporaryFiles() throws IOException {
        build(three());
        var before = snapshot();
        List<TestSite.Item> items = three();
        items.add(item(article(4, "丁稿", "要闻", 4, "新闻发布"), 1L));
        // the folder a new keyword page goes into cannot be made (as on a full or failing disk)
        Path keywords = dir.resolve("keywords");
        Path moved = dir.resolve("keywords-moved");
        Files.move(keywords, moved);
        Files.writeString(keywords, "a file where a folder must be");
        assertThatThrownBy(() -> build(items)).isInstanceOfSatisfying(CopydeskException.class,
                e -> assertThat(e.problem()).isIn(Problem.EXPORT_FAILED, Problem.DISK_FULL));
        Files.delete(keywords);
        Files.move(moved, keywords);
        assertThat(snapshot()).isEqualTo(before);
        // a temporary file an export killed by force left behind goes with the next export
        Files.writeString(dir.resolve("c/2021-05-01/.1.shtml.1f2e3d4c.tmp"), "half a page");
        build(items);
        assertThat(dir.resolve("c/2021-05-01/.1.shtml.1f2e3d4c.tmp")).doesNotExist();
        assertThat(LinkCheck.check(dir).broken()).isEmpty();
    }

    @Test
    void aDamagedOrOldManifestCostsAFullRewriteAndNothingElse() throws IOException {
        build(three());
        Files.writeString(dir.resolve("site.json"), "{ not json");
        SiteReport r = build(three());
        assertThat(r.added()).isEmpty();
        assertThat(LinkCheck.check(dir).broken()).isEmpty();
        // a folder exported by the first Copydesk: its article pages go when not made again
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles/1.html"), "old");
        Files.writeString(dir.resolve("site.json"), "[{\"id\": 1, \"title\": \"甲稿\", \"channel\": \"要闻\"}]");
        assertThat(build(three()).removed()).containsExactly("articles/1.html");
    }

    @Test
    void aFileInPlaceOfTheFolderIsReported() throws IOException {
        Path file = Files.writeString(dir.resolve("out"), "x");
        assertThatThrownBy(() -> TestSite.build(renderer, three(), file))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.OUT_NOT_A_DIRECTORY));
    }

    @Test
    void aReadOnlyFolderIsReportedAndTheOldSiteSurvives() throws IOException {
        build(three());
        byte[] before = Files.readAllBytes(dir.resolve("index.html"));
        dir.toFile().setWritable(false);
        try {
            if (Files.isWritable(dir)) {
                return; // running as a user who ignores permissions: nothing to check here
            }
            List<TestSite.Item> edited = three();
            edited.set(0, item(article(1, "甲稿（改）", "要闻", 1)));
            assertThatThrownBy(() -> build(edited))
                    .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.EXPORT_FAILED));
            assertThat(Files.readAllBytes(dir.resolve("index.html"))).isEqualTo(before);
        } finally {
            dir.toFile().setWritable(true);
        }
    }

    @Test
    void keywordsThatAreNotFileNamesStillGetAPageAndALinkThatResolves() throws IOException {
        List<TestSite.Item> items = three();
        items.add(item(article(4, "丁稿", "要闻", 4, "5/13 会议", "C++", ".隐藏", "很长".repeat(30))));
        build(items);
        Document p = page("c/2021-05-04/4.shtml");
        assertThat(p.select(".keywords a")).hasSize(4);
        assertThat(LinkCheck.check(dir).broken()).isEmpty();
        try (Stream<Path> files = Files.list(dir.resolve("keywords"))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith(".") || n.contains("/"));
        }
    }

    @Test
    void theLinkCheckFindsWhatIsBroken() throws IOException {
        build(three());
        Files.writeString(dir.resolve("broken.html"), "<a href=\"c/2021-05-09/9.shtml\">x</a><a href=\"index.html#nowhere\">y</a>"
                + "<img src=\"images/1/none.png\"><a href=\"https://example.org/\">z</a><a href=\"/abs.html\">w</a>");
        LinkReport r = LinkCheck.check(dir);
        assertThat(r.broken()).extracting(LinkReport.Broken::href)
                .containsExactlyInAnyOrder("c/2021-05-09/9.shtml", "index.html#nowhere", "images/1/none.png", "/abs.html");
        assertThat(r.external()).contains("broken.html\thttps://example.org/");
    }

    private SiteProfile withPublishing(SiteProfile.Publishing p) {
        SiteProfile r = SiteProfiles.reference();
        return new SiteProfile(r.id(), r.siteName(), r.homeLabel(), r.channels(), r.promoText(), r.promoHref(), r.script(), r.dateFormat(),
                r.relatedLimit(), r.templates(), r.assets(), r.terms(), r.limits(), p);
    }

    private static String text(Element parent, String tag) {
        NodeList n = parent.getElementsByTagName(tag);
        return n.getLength() == 0 ? null : n.item(0).getTextContent();
    }
}
