package org.copydesk.ingest;

import org.copydesk.domain.ImportedArticle;
import org.copydesk.domain.ImportReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.copydesk.domain.Article;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.copydesk.l10n.Messages;
import org.copydesk.site.SiteProfiles;
import org.copydesk.text.BodyText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageImporterTest {

    @TempDir
    Path dir;

    private final PageImporter importer = new PageImporter(SiteProfiles.reference());

    @BeforeAll
    static void chinese() {
        Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    private ImportedArticle one(Path file) {
        List<ImportedArticle> all = importer.read(file);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static void assertReferenceArticle(ImportedArticle imported) {
        Article a = imported.article();
        assertThat(a.title()).isEqualTo(PageFixtures.TITLE);
        assertThat(a.channel()).isEqualTo("要闻");
        assertThat(a.publishedAt()).isEqualTo(LocalDateTime.of(2021, 5, 13, 8, 43));
        assertThat(a.source()).isEqualTo("人民网");
        assertThat(a.editor()).isEqualTo("罗文");
        assertThat(a.keywords()).containsExactlyElementsOf(PageFixtures.KEYWORDS);
        List<String> paragraphs = BodyText.paragraphs(a.bodyHtml());
        assertThat(paragraphs).containsExactlyElementsOf(PageFixtures.expectedParagraphs());
        String all = String.join("", paragraphs);
        assertThat(all).doesNotContainPattern("[\\uE000-\\uF8FF\\uFFFD]");
        assertThat(all).doesNotContainPattern("\\p{IsHan}\\([a-zü\\u00E0-\\u01DC]+\\)");
        assertThat(all).doesNotContain("分享到", "相关新闻", "客户端下载", "版权所有");
    }

    @Test
    void theReferencePageBecomesACleanDraftWithAReport() throws Exception {
        Path file = Files.writeString(dir.resolve("reference.txt"), PageFixtures.referenceText());
        ImportedArticle imported = one(file);
        assertReferenceArticle(imported);
        assertThat(imported.article().author()).isEmpty();
        ImportReport r = imported.report();
        assertThat(r.steps()).containsOnlyKeys("encoding", "pinyin", "script", "punctuation");
        assertThat(List.copyOf(r.steps().keySet())).containsExactly("encoding", "pinyin", "script", "punctuation");
        assertThat(r.changes("encoding")).isEqualTo(2);
        assertThat(r.changes("pinyin")).isGreaterThan(200);
        assertThat(r.changes("script")).isGreaterThan(400);
        assertThat(r.changes("punctuation")).isGreaterThan(50);
        assertThat(r.missing()).containsExactly("author");
        assertThat(r.findings()).isEmpty();
        assertThat(r.notes()).contains("paragraphs:11").anyMatch(n -> n.startsWith("furniture:"));
        // the report holds the changes themselves, each with its place, not just their number
        assertThat(r.changes()).anySatisfy(c -> {
            assertThat(c.step()).isEqualTo("pinyin");
            assertThat(c.field()).isEqualTo("body");
            assertThat(c.paragraph()).isEqualTo(0);
            assertThat(c.before()).contains("習(xí)近平");
            assertThat(c.after()).contains("習近平").doesNotContain("(");
        });
        assertThat(r.changes()).anySatisfy(c -> {
            assertThat(c.step()).isEqualTo("script");
            assertThat(c.field()).isEqualTo("title");
            assertThat(c.after()).contains("强化");
        });
        // every change is listed (adjacent ones as one run): fewer lines than characters changed, none left out
        assertThat(r.changes()).filteredOn(c -> c.step().equals("pinyin")).hasSizeBetween(100, ImportReport.CHANGES_LISTED - 1);
        List<String> lines = org.copydesk.l10n.Wording.reportLines(r);
        assertThat(lines).contains("　　第 1 段：和習(xí)近平 → 和習近平");
        assertThat(lines).noneMatch(l -> l.contains("只列出"));
    }

    @Test
    void theSameArticleSavedAsAGbkPortalPage() throws Exception {
        ImportedArticle imported = one(PageFixtures.portalGbk(dir));
        assertThat(imported.report().charset()).isEqualTo("GB18030");
        assertReferenceArticle(imported);
        assertThat(imported.report().changes("encoding")).isEqualTo(2);
    }

    @Test
    void theSameArticleInBig5DespiteALyingCharsetDeclaration() throws Exception {
        ImportedArticle imported = one(PageFixtures.tableBig5(dir));
        assertThat(imported.report().charset()).startsWith("Big5");
        assertReferenceArticle(imported);
    }

    @Test
    void aDifferentLayoutWithItsOwnWayOfWritingTheParts() throws Exception {
        Files.createDirectories(dir.resolve("page_files"));
        var img = new java.awt.image.BufferedImage(3, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(img, "png", dir.resolve("page_files/photo.png").toFile());
        String html = """
                <!doctype html><html><head><meta charset="utf-8"><meta name="keywords" content="社区,协商,加装电梯">
                <title>老旧小区加装电梯有了新办法_协商_人民政协网</title></head><body>
                <nav><a href="/">首页</a><a href="/xs">协商</a></nav>
                <div class="position">您的位置：首页 / 协商 / 详情</div>
                <article><header><h1>老旧小区加装电梯有了新办法</h1>
                <p class="meta">2026年11月20日09:30 | 来源:编辑台示例稿 | 作者:王小明</p></header>
                <p>本报讯 委员们走进社区,与居民围坐一桌.</p>
                <figure><img src="page_files/photo.png" alt="示意图"><figcaption>协商现场</figcaption></figure>
                <p>协商会上,设计单位展示了三种方案<img src="https://cdn.example.com/ad.gif">.</p>
                <h2>把协商搬到家门口</h2>
                <p>据了解,"委员工作室"每月固定开放.</p>
                <p>（编辑：李华）</p></article>
                <footer>Copyright © 2026 示例</footer></body></html>
                """;
        Path file = Files.writeString(dir.resolve("layout.html"), html);
        ImportedArticle imported = one(file);
        Article a = imported.article();
        assertThat(a.title()).isEqualTo("老旧小区加装电梯有了新办法");
        assertThat(a.channel()).isEqualTo("协商");
        assertThat(a.publishedAt()).isEqualTo(LocalDateTime.of(2026, 11, 20, 9, 30));
        assertThat(a.source()).isEqualTo("编辑台示例稿");
        assertThat(a.author()).isEqualTo("王小明");
        assertThat(a.editor()).isEqualTo("李华");
        assertThat(a.keywords()).containsExactly("社区", "协商", "加装电梯");
        assertThat(BodyText.paragraphs(a.bodyHtml())).containsExactly(
                "本报讯 委员们走进社区，与居民围坐一桌。", "协商现场", "协商会上，设计单位展示了三种方案。",
                "把协商搬到家门口", "据了解，“委员工作室”每月固定开放。");
        assertThat(a.bodyHtml()).contains("<h2>把协商搬到家门口</h2>").doesNotContain("cdn.example.com");
        assertThat(imported.images()).singleElement().satisfies(i -> assertThat(a.bodyHtml()).contains("src=\"" + i.name() + "\""));
        assertThat(imported.report().notes()).anyMatch(n -> n.startsWith("image-dropped:https://cdn.example.com"));
        assertThat(imported.report().missing()).isEmpty();
    }

    @Test
    void aContributorsTextFileWithoutDatelineLeavesTheUnknownEmpty() throws Exception {
        String text = "社区图书馆延长开放时间\n文/张三\n\n\u3000\u3000从下月起,社区图书馆每晚开放到九点.\n\u3000\u3000居民可以凭借阅证免费入场.\n";
        Path file = Files.write(dir.resolve("稿件.txt"), text.getBytes(Charset.forName("GBK")));
        ImportedArticle imported = one(file);
        Article a = imported.article();
        assertThat(a.title()).isEqualTo("社区图书馆延长开放时间");
        assertThat(a.author()).isEqualTo("张三");
        assertThat(BodyText.paragraphs(a.bodyHtml())).containsExactly("从下月起，社区图书馆每晚开放到九点。", "居民可以凭借阅证免费入场。");
        assertThat(a.channel()).isEmpty();
        assertThat(a.publishedAt()).isNull();
        assertThat(imported.report().missing()).containsExactlyInAnyOrder("channel", "publishedAt", "source", "editor", "keywords");
    }

    @Test
    void aChannelTheProfileDoesNotHaveIsReportedNotGuessed() throws Exception {
        Path file = Files.writeString(dir.resolve("sport.txt"), "首页 > 体育 > 正文\n女排夺冠\n2021-08-08 10:00 来源：新华社\n比赛非常精彩。\n");
        ImportedArticle imported = one(file);
        assertThat(imported.article().channel()).isEmpty();
        assertThat(imported.report().notes()).contains("channel-unknown:体育");
    }

    @Test
    void damageThatCannotBeProvenIsLeftAndReportedAtItsPlace() throws Exception {
        Path file = Files.writeString(dir.resolve("damaged.txt"), "标题\n第一段正常。\n第二段有乱\uE123码，后面还有一处\uFFFD字。\n");
        ImportedArticle imported = one(file);
        assertThat(imported.report().findings()).hasSize(2).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("encoding-damage");
            assertThat(f.field()).isEqualTo("body");
            assertThat(f.paragraph()).isEqualTo(1);
        });
        assertThat(imported.report().findings().get(0).start()).isEqualTo(5);
        assertThat(imported.report().findings().get(0).text()).isEqualTo("\uE123");
    }

    @Test
    void aWordDocumentKeepsHeadingsEmphasisLinksAndPictures() throws Exception {
        Path file = dir.resolve("稿件.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            title.createRun().setText("委员建言图书馆夜间开放");
            doc.createParagraph().createRun().setText("来源：编辑台示例稿  作者：王小明");
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("图书馆");
            XWPFRun bold = p.createRun();
            bold.setBold(true);
            bold.setText("延长开放");
            p.createRun().setText(",方便上班族.");
            XWPFParagraph h = doc.createParagraph();
            h.setStyle("Heading2");
            h.createRun().setText("居民反映");
            var link = doc.createParagraph().createHyperlinkRun("https://www.example.com/report");
            link.setText("调查报告");
            var pic = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(pic, "png", png);
            doc.createParagraph().createRun().addPicture(new java.io.ByteArrayInputStream(png.toByteArray()),
                    PictureType.PNG, "photo.png", 20000, 20000);
            doc.write(out);
        }
        ImportedArticle imported = one(file);
        Article a = imported.article();
        assertThat(a.title()).isEqualTo("委员建言图书馆夜间开放");
        assertThat(a.source()).isEqualTo("编辑台示例稿");
        assertThat(a.author()).isEqualTo("王小明");
        assertThat(a.bodyHtml()).contains("<strong>延长开放</strong>", "<a href=\"https://www.example.com/report\">调查报告</a>");
        assertThat(BodyText.paragraphs(a.bodyHtml())).startsWith("图书馆延长开放，方便上班族。", "居民反映");
        assertThat(imported.images()).hasSize(1);
        assertThat(a.bodyHtml()).contains("<img src=\"" + imported.images().get(0).name() + "\"");
    }

    private static Problem problem(Runnable r) {
        try {
            r.run();
        } catch (CopydeskException e) {
            return e.problem();
        }
        throw new AssertionError("expected the file to be refused");
    }

    @Test
    void badFilesAreRefusedWithAReason() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.html"), "");
        assertThat(problem(() -> importer.read(empty))).isEqualTo(Problem.FILE_EMPTY);

        byte[] binary = new byte[4096];
        new java.util.Random(1).nextBytes(binary);
        binary[10] = 0;
        Path bin = Files.write(dir.resolve("photo.html"), binary);
        assertThat(problem(() -> importer.read(bin))).isEqualTo(Problem.FILE_NOT_TEXT);

        Path fakeDocx = dir.resolve("report.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(fakeDocx))) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("不是 Word 文档".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(problem(() -> importer.read(fakeDocx))).isEqualTo(Problem.DOCX_INVALID);

        // a part that unpacks to far more than it holds: refused before it is unpacked, and said so
        Path bomb = dir.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    + "officeDocument\" Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                zip.write(spaces);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(bomb)).isLessThan(200_000);
        assertThat(problem(() -> importer.read(bomb))).isEqualTo(Problem.DOCX_TOO_LARGE);

        Path notZip = Files.writeString(dir.resolve("plain.docx"), "这不是压缩文件");
        assertThat(problem(() -> importer.read(notZip))).isEqualTo(Problem.DOCX_INVALID);

        Path pdf = Files.writeString(dir.resolve("paper.pdf"), "%PDF-1.4");
        assertThat(problem(() -> importer.read(pdf))).isEqualTo(Problem.FILE_UNSUPPORTED);

        assertThat(problem(() -> importer.read(dir.resolve("missing.html")))).isEqualTo(Problem.FILE_NOT_FOUND);

        Path nothing = Files.writeString(dir.resolve("nav.html"), "<html><body><div>首页 要闻 要论 协商 统战</div><div>版权所有</div></body></html>");
        assertThat(problem(() -> importer.read(nothing))).isEqualTo(Problem.PAGE_NO_CONTENT);
    }

    @Test
    void aFiftyMegabytePageIsRefusedAtOnceWithoutReadingIt() throws Exception {
        Path huge = dir.resolve("huge.html");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        long t0 = System.nanoTime();
        CopydeskException e = (CopydeskException) org.assertj.core.api.Assertions.catchThrowable(() -> importer.read(huge));
        assertThat(e.problem()).isEqualTo(Problem.FILE_TOO_LARGE);
        assertThat(e.args()[1]).isEqualTo("50");
        assertThat(System.nanoTime() - t0).as("refused without reading 50 MB").isLessThan(2_000_000_000L);
    }

    @Test
    void aTruncatedPageIsImportedAsFarAsItGoesAndSaysSo() throws Exception {
        byte[] full = ("<html><body><h1>截断的稿件</h1><p>第一段完整。</p><p>第二段被截断在一个汉字的中").getBytes(Charset.forName("GBK"));
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 1);
        Path file = Files.write(dir.resolve("cut.html"), cut);
        ImportedArticle imported = one(file);
        assertThat(imported.article().title()).isEqualTo("截断的稿件");
        assertThat(BodyText.paragraphs(imported.article().bodyHtml())).containsExactly("第一段完整。", "第二段被截断在一个汉字的");
        assertThat(imported.report().notes()).contains("truncated");
    }

    @Test
    void bytesInNoKnownEncodingAreRefused() throws Exception {
        byte[] junk = new byte[3000];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i % 2 == 0 ? 0xFF : 0x80 + (i % 7));
        }
        Path file = Files.write(dir.resolve("junk.txt"), junk);
        assertThat(problem(() -> importer.read(file))).isIn(Problem.FILE_UNKNOWN_ENCODING, Problem.FILE_NOT_TEXT);
    }

    @Test
    void anArchiveIsReadWithoutCleaningAndUnknownChannelsAreReported() throws Exception {
        Path file = Files.writeString(dir.resolve("a.jsonl"),
                "{\"title\": \"甲\", \"channel\": \"要闻\"}\n{\"title\": \"乙\", \"channel\": \"体育\"}\n");
        List<ImportedArticle> all = importer.read(file);
        assertThat(all).hasSize(2);
        assertThat(all.get(0).report().notes()).isEmpty();
        assertThat(all.get(1).report().notes()).containsExactly("channel-unknown:体育");
        assertThat(all.get(1).article().channel()).isEqualTo("体育");
    }

    @Test
    void nothingEntersABodyWithoutTheSanitizer() throws Exception {
        Path file = Files.writeString(dir.resolve("x.html"),
                "<h1>标题</h1><p onclick=\"steal()\">正文<script>alert(1)</script><a href=\"javascript:alert(2)\">链接</a></p>");
        String body = one(file).article().bodyHtml();
        assertThat(body).doesNotContain("onclick", "script", "javascript");
        assertThatThrownBy(() -> { throw new IllegalStateException(body); }).hasMessageContaining("正文");
    }
}
