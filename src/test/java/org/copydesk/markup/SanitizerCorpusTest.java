package org.copydesk.markup;

import org.copydesk.support.TestSite;
import org.copydesk.site.PageRenderer;
import org.copydesk.site.Exporter;
import org.copydesk.site.ExportItem;
import org.copydesk.site.SiteProfiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.copydesk.domain.Article;
import org.copydesk.domain.Script;
import org.copydesk.ingest.PageImporter;
import org.copydesk.text.clean.Cleaner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus (src/test/resources/sanitizer/hostile.txt, over 60 inputs) is neutralised on
 * every path into and out of a body: import, paste, preview and export. The benign corpus survives.
 */
class SanitizerCorpusTest {

    @TempDir
    Path dir;

    private static final Map<String, Set<String>> ATTRIBUTES = Map.of(
            "a", Set.of("href", "title"),
            "img", Set.of("src", "alt", "title"));
    private static final Cleaner CLEANER = new Cleaner(Script.SIMPLIFIED);
    private static final PageRenderer RENDERER = new PageRenderer(SiteProfiles.reference());

    static List<String> corpus(String name) {
        try (InputStream in = SanitizerCorpusTest.class.getResourceAsStream("/sanitizer/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            for (String entry : text.split("\n====\n")) {
                String e = entry.lines().filter(l -> !l.startsWith("# ")).reduce((a, b) -> a + "\n" + b).orElse("").strip();
                if (!e.isEmpty()) {
                    out.add(e);
                }
            }
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<String> hostile() {
        List<String> all = corpus("hostile.txt");
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        return all.stream();
    }

    static Stream<String> benign() {
        List<String> all = corpus("benign.txt");
        assertThat(all).hasSizeGreaterThanOrEqualTo(15);
        return all.stream();
    }

    /** A body fragment holds only the site's markup, with safe links and nothing that runs or loads. */
    static void assertSafeFragment(String html, String input) {
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            assertThat(Sanitizer.ALLOWED).as("element <%s> from %s", e.normalName(), input).contains(e.normalName());
            for (Attribute a : e.attributes()) {
                assertThat(ATTRIBUTES.getOrDefault(e.normalName(), Set.of())).as("attribute %s on <%s> from %s", a.getKey(), e.normalName(), input)
                        .contains(a.getKey());
            }
            assertSafeUrl(e.attr("href"), input);
            assertSafeUrl(e.attr("src"), input);
        }
    }

    /** A whole page: the same inside the body, and nothing in the page at large that runs or loads remotely. */
    static void assertSafePage(String page, String input) {
        Document doc = Jsoup.parse(page);
        assertThat(doc.select("script, iframe, object, embed, svg, math, form, base, style, frame, applet"))
                .as("active elements on the page for %s", input).isEmpty();
        assertThat(doc.select("meta[http-equiv=refresh]")).isEmpty();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey().toLowerCase(Locale.ROOT)).as("attribute on <%s> for %s", e.normalName(), input)
                        .doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("formaction").isNotEqualTo("srcdoc");
            }
            assertSafeUrl(e.attr("href"), input);
            assertSafeUrl(e.attr("src"), input);
        }
        Element content = doc.selectFirst("div.body");
        assertSafeFragment(content == null ? "" : content.html(), input);
    }

    private static void assertSafeUrl(String url, String input) {
        String squeezed = url.replaceAll("[\\x00-\\x20\\x7F]", "").toLowerCase(Locale.ROOT);
        assertThat(squeezed).as("url %s from %s", url, input)
                .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:")
                .doesNotContain("javascript").doesNotStartWith("\\\\");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileInputIsNeutralisedByTheSanitizer(String input) {
        String clean = Sanitizer.clean(input);
        assertSafeFragment(clean, input);
        assertThat(Sanitizer.clean(clean)).isEqualTo(clean);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileInputIsNeutralisedOnImport(String input) throws IOException {
        Path page = Files.writeString(dir.resolve("page.html"),
                "<html><body><h1>标题</h1><p>第一段。</p>" + input + "<p>结尾。</p></body></html>");
        for (var imported : new PageImporter(SiteProfiles.reference()).read(page)) {
            assertSafeFragment(imported.article().bodyHtml(), input);
        }
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileInputIsNeutralisedOnPaste(String input) {
        assertSafeFragment(PasteCleaner.fromHtml(input, CLEANER).html(), input);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileBodiesAreNeutralisedInThePreviewAndTheExportEvenIfStoredRaw(String input) throws IOException {
        // a body that bypassed the way in (an old database, a hand-edited file) is cleaned on the way out
        Article raw = new Article.Builder().id(3).title("<script>alert(9)</script>标题").channel("要闻").bodyHtml(input).build();
        assertSafePage(RENDERER.articlePage(raw, List.of()), input);
        TestSite.build(RENDERER, List.of(new TestSite.Item(raw)), dir.resolve("site"));
        assertSafePage(Files.readString(dir.resolve("site").resolve(TestSite.path(RENDERER, raw))), input);
    }

    @ParameterizedTest
    @MethodSource("benign")
    void benignInputSurvivesTheSanitizerAndPasteIntact(String input) {
        assertThat(Sanitizer.clean(input)).isEqualTo(input);
        assertThat(PasteCleaner.fromHtml(input, CLEANER).html()).isEqualTo(input);
    }

    @ParameterizedTest
    @MethodSource("benign")
    void benignInputSurvivesPreviewAndExport(String input) throws IOException {
        Article a = new Article.Builder().id(7).title("标题").channel("要闻").bodyHtml(input).build();
        String expected = input.replaceAll("src=\"(?![a-z]+:|\\.|/)([^\"/]+)\"", "src=\"../images/7/$1\"");
        Document page = Jsoup.parse(RENDERER.articlePage(a, List.of()));
        page.outputSettings().prettyPrint(false);
        Document want = Jsoup.parseBodyFragment(expected);
        want.outputSettings().prettyPrint(false);
        assertThat(page.selectFirst("div.body").html()).isEqualTo(want.body().html());
        TestSite.build(RENDERER, List.of(new TestSite.Item(a)), dir.resolve("site"));
        Document exported = Jsoup.parse(dir.resolve("site").resolve(TestSite.path(RENDERER, a)).toFile(), "UTF-8");
        exported.outputSettings().prettyPrint(false);
        // the same body, the image folder reached from the page's own place
        assertThat(exported.selectFirst("div.body").html()).isEqualTo(page.selectFirst("div.body").html().replace("../images/", "../../images/"));
    }

    @ParameterizedTest
    @MethodSource("benign")
    void benignInputSurvivesImportWithItsMarkupAndLinks(String input) throws IOException {
        Files.createDirectories(dir.resolve("images/7"));
        var img = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(img, "png", dir.resolve("3f2a9c0b1d4e5f60.png").toFile());
        javax.imageio.ImageIO.write(img, "jpg", dir.resolve("images/7/photo.jpg").toFile());
        Path page = Files.writeString(dir.resolve("page.html"), "<html><body><h1>标题</h1><p>导语。</p>" + input + "</body></html>");
        String body = new PageImporter(SiteProfiles.reference()).read(page).get(0).article().bodyHtml();
        Element in = Jsoup.parseBodyFragment("<p>导语。</p>" + input).body();
        Element out = Jsoup.parseBodyFragment(body).body();
        assertThat(tags(out)).isEqualTo(tags(in));
        assertThat(out.select("a").eachAttr("href")).isEqualTo(in.select("a").eachAttr("href"));
        assertThat(out.select("img")).hasSameSizeAs(in.select("img"));
        assertThat(out.text()).isEqualTo(CLEANER.clean(in.text()));
    }

    private static List<String> tags(Element e) {
        return e.getAllElements().stream().skip(1).map(Element::normalName).toList();
    }
}
