package org.copydesk.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.domain.Article;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {

    @TempDir
    Path dir;

    private final Exporter exporter = new Exporter(new PageRenderer(SiteProfiles.reference()));
    private static final byte[] PNG = pngBytes();

    private static byte[] pngBytes() {
        byte[] b = new byte[64];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    private ExportItem item(long id, String title, String channel) {
        Article a = new Article.Builder().id(id).title(title).channel(channel).source("人民网").editor("罗文")
                .publishedAt(LocalDateTime.of(2021, 5, (int) id, 8, 0))
                .bodyHtml("<p>正文" + id + "</p><figure><img src=\"pic.png\" alt=\"\"></figure>").build();
        return new ExportItem(a, List.of(new ImageAsset("pic.png", "image/png", PNG)), List.of());
    }

    @Test
    void writesPagesStylesheetImagesAndIndexes() {
        List<String> pages = exporter.export(List.of(item(1, "甲", "要闻"), item(2, "乙", "社会")), dir);
        assertThat(pages).containsExactly("articles/1.html", "articles/2.html", "channels/yaowen.html",
                "channels/shehui.html", "index.html");
        assertThat(dir.resolve("assets/site.css")).exists();
        assertThat(dir.resolve("images/1/pic.png")).hasBinaryContent(PNG);
        assertThat(dir.resolve("images/2/pic.png")).exists();
    }

    @Test
    void everyRelativeLinkOnEveryPageResolvesToAFileInTheFolder() throws IOException {
        exporter.export(List.of(item(1, "甲", "要闻"), item(2, "乙", "要闻")), dir);
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                for (Element e : doc.select("a[href], link[href], img[src]")) {
                    String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    if (url.startsWith("http")) {
                        continue;
                    }
                    Path target = page.getParent().resolve(url).normalize();
                    boolean navToEmptyChannel = url.contains("channels/") && !Files.exists(target);
                    if (!Files.exists(target) && !navToEmptyChannel) {
                        broken.add(dir.relativize(page) + " -> " + url);
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void exportingTwiceGivesTheSameBytesAndTouchesNothing() throws IOException {
        Path site = dir.resolve("site");
        exporter.export(List.of(item(1, "甲", "要闻")), site);
        Path page = site.resolve("articles/1.html");
        byte[] first = Files.readAllBytes(page);
        var firstModified = Files.getLastModifiedTime(page);
        Path other = dir.resolve("again");
        exporter.export(List.of(item(1, "甲", "要闻")), other);
        exporter.export(List.of(item(1, "甲", "要闻")), site);
        assertThat(Files.readAllBytes(other.resolve("articles/1.html"))).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(page)).isEqualTo(firstModified);
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        exporter.export(List.of(item(1, "甲", "要闻"), item(2, "乙", "社会")), dir);
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(Path::toString).filter(p -> p.endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void indexesRememberArticlesExportedEarlier() throws IOException {
        exporter.export(List.of(item(1, "甲", "要闻")), dir);
        exporter.export(List.of(item(2, "乙", "要闻")), dir);
        Document channel = Jsoup.parse(dir.resolve("channels/yaowen.html").toFile(), "UTF-8");
        assertThat(channel.select(".index a").eachText()).containsExactly("乙", "甲");
        Document home = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
        assertThat(home.select(".home-section h2").eachText()).containsExactly("要闻");
    }

    @Test
    void aDamagedManifestOnlyCostsTheOlderIndexEntries() throws IOException {
        exporter.export(List.of(item(1, "甲", "要闻")), dir);
        Files.writeString(dir.resolve("site.json"), "{ not json");
        exporter.export(List.of(item(2, "乙", "要闻")), dir);
        Document channel = Jsoup.parse(dir.resolve("channels/yaowen.html").toFile(), "UTF-8");
        assertThat(channel.select(".index a").eachText()).containsExactly("乙");
        assertThat(dir.resolve("articles/1.html")).exists();
    }

    @Test
    void aFileInPlaceOfTheFolderIsReported() throws IOException {
        Path file = Files.writeString(dir.resolve("out"), "x");
        assertThatThrownBy(() -> exporter.export(List.of(item(1, "甲", "要闻")), file))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.OUT_NOT_A_DIRECTORY));
    }

    @Test
    void aReadOnlyFolderIsReportedAndTheOldPageSurvives() throws IOException {
        exporter.export(List.of(item(1, "甲", "要闻")), dir);
        Path articles = dir.resolve("articles");
        byte[] before = Files.readAllBytes(articles.resolve("1.html"));
        articles.toFile().setWritable(false);
        try {
            if (Files.isWritable(articles)) {
                return; // running as a user who ignores permissions: nothing to check here
            }
            assertThatThrownBy(() -> exporter.export(List.of(item(1, "甲（改）", "要闻")), dir))
                    .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.EXPORT_FAILED));
            assertThat(Files.readAllBytes(articles.resolve("1.html"))).isEqualTo(before);
        } finally {
            articles.toFile().setWritable(true);
        }
    }
}
