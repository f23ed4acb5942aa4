package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command-line contract of DESIGN §5: outputs, messages and exit codes. */
class CliTest extends DeskCliTest {

    private Cli.Run runRaw(String... args) {
        return Cli.run(dir.resolve("default/copydesk.db"), args);
    }

    private Path archive(String... lines) throws Exception {
        return Files.writeString(dir.resolve("archive-" + System.nanoTime() + ".jsonl"), String.join("\n", lines) + "\n");
    }

    private static final String REFERENCE = "{\"title\": \"外交部国际司—— 强化理论武装\", \"channel\": \"要闻\", "
            + "\"keywords\": [\"国际\", \"工作\", \"习近平\", \"外交\", \"政治\"], \"source\": \"人民网\", \"editor\": \"罗文\", "
            + "\"publishedAt\": \"2021-05-13T08:43\", \"paragraphs\": [\"近年来，外交部国际司自觉用思想武装头脑。\", \"每周司务会。\"]}";

    @Test
    void importPrintsOneLinePerStoredArticle() throws Exception {
        Cli.Run r = run("import", archive(REFERENCE, "{\"title\": \"第二篇\", \"channel\": \"社会\"}").toString());
        assertThat(r.status()).isZero();
        assertThat(r.lines()).containsExactly("1\t外交部国际司—— 强化理论武装", "2\t第二篇");
    }

    @Test
    void aMalformedLineRejectsItsWholeFileAndNamesTheLine() throws Exception {
        Path good = archive(REFERENCE);
        Path bad = archive("{\"title\": \"一\"}", "{\"title\": \"二\"}", "{oops");
        Cli.Run r = run("import", bad.toString(), good.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().strip()).contains(bad.toString()).contains("第 3 行").doesNotContain("\n");
        assertThat(r.lines()).containsExactly("1\t外交部国际司—— 强化理论武装");
        assertThat(run("list").lines()).hasSize(1);
    }

    @Test
    void anUnsupportedFileIsNamed() throws Exception {
        Path doc = Files.writeString(dir.resolve("notes.pdf"), "x");
        Cli.Run r = run("import", doc.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("notes.pdf");
    }

    @Test
    void listShowsNewestChangeFirstAndFilters() throws Exception {
        run("import", archive(REFERENCE, "{\"title\": \"社区协商\", \"channel\": \"社会\", \"status\": \"approved\"}").toString());
        assertThat(run("list").lines()).hasSize(2);
        assertThat(run("list", "--channel", "社会").lines()).singleElement().asString().startsWith("2\tapproved\t社会\t").endsWith("\t社区协商");
        assertThat(run("list", "--status", "draft").lines()).singleElement().asString().startsWith("1\t");
        assertThat(run("list", "--search", "国际司").lines()).singleElement().asString().startsWith("1\t");
        Cli.Run none = run("list", "--search", "不存在的词");
        assertThat(none.status()).isZero();
        assertThat(none.lines()).isEmpty();
    }

    @Test
    void showJsonPrintsEveryFieldUnderItsStableName() throws Exception {
        run("import", archive(REFERENCE).toString());
        Cli.Run r = run("show", "1", "--json");
        assertThat(r.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("id", "uuid", "revision", "title", "subtitle", "summary", "channel", "keywords", "source",
                "author", "editor", "publishedAt", "status", "conflict", "bodyHtml", "paragraphs", "createdAt", "updatedAt", "version",
                "leadImage");
        assertThat(json.get("publishedAt").asText()).isEqualTo("2021-05-13T08:43");
        assertThat(json.get("keywords").toString()).isEqualTo("[\"国际\",\"工作\",\"习近平\",\"外交\",\"政治\"]");
        assertThat(json.get("paragraphs")).hasSize(2);
        assertThat(json.get("status").asText()).isEqualTo("draft");
        assertThat(json.get("uuid").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        run("import", archive(REFERENCE).toString());
        assertThat(new ObjectMapper().readTree(run("show", "2", "--json").out()).get("uuid").asText())
                .as("another article, another uuid").isNotEqualTo(json.get("uuid").asText());
    }

    @Test
    void showWithoutJsonIsReadable() throws Exception {
        run("import", archive(REFERENCE).toString());
        Cli.Run r = run("show", "1");
        assertThat(r.out()).startsWith("外交部国际司—— 强化理论武装").contains("channel:     要闻").contains("每周司务会。");
    }

    private static final String SECOND = "{\"title\": \"第二篇稿件的标题在这里\", \"channel\": \"要闻\", \"source\": \"本报\", "
            + "\"editor\": \"罗文\", \"keywords\": [\"国际\", \"外交\", \"工作\"], \"paragraphs\": [\"第二篇的正文。\"]";

    private static String approved(String line) {
        return line.substring(0, line.length() - 1) + ", \"status\": \"approved\"}";
    }

    @Test
    void exportPrintsEachPageWrittenAndTheFolderOpensFromDisk() throws Exception {
        run("import", archive(approved(REFERENCE), approved(SECOND + "}")).toString());
        Path out = dir.resolve("site");
        Cli.Run r = run("export", "--all", "--out", out.toString());
        assertThat(r.status()).isZero();
        // the reference article at its dated address; the other, which has no time, dated by its publication
        assertThat(r.lines()).contains("c/2021-05-13/1.shtml", "channels/yaowen.html", "index.html", "feed.xml", "sitemap.xml",
                "robots.txt", "404.html", "keywords/国际.html", "assets/site.css");
        assertThat(r.lines()).anySatisfy(l -> assertThat(l).matches("c/\\d{4}-\\d\\d-\\d\\d/2\\.shtml"));
        for (String page : r.lines()) {
            assertThat(out.resolve(page)).exists();
        }
        assertThat(Files.readString(out.resolve("c/2021-05-13/1.shtml"))).contains("相关新闻").contains("2.shtml");
        assertThat(r.err()).contains("链接检查").contains("断链 0 处");
        // again: nothing to write, and the folder checks clean
        Cli.Run again = run("export", "--all", "--out", out.toString());
        assertThat(again.status()).isZero();
        assertThat(again.lines()).isEmpty();
        Cli.Run check = run("linkcheck", out.toString());
        assertThat(check.status()).isZero();
        assertThat(check.lines()).isEmpty();
        Files.writeString(out.resolve("extra.html"), "<a href=\"c/2021-05-13/9.shtml\">gone</a>");
        Cli.Run broken = run("linkcheck", out.toString());
        assertThat(broken.status()).isEqualTo(1);
        assertThat(broken.lines()).containsExactly("extra.html\tc/2021-05-13/9.shtml\tno such file: c/2021-05-13/9.shtml");
        // exported approved articles are published now
        assertThat(run("list", "--status", "published").lines()).hasSize(2);
    }

    @Test
    void exportOfChosenIds() throws Exception {
        run("import", archive(approved(REFERENCE), approved(SECOND + "}")).toString());
        Cli.Run r = run("export", "2", "--out", dir.resolve("site").toString());
        assertThat(r.lines()).anySatisfy(l -> assertThat(l).endsWith("/2.shtml")).noneSatisfy(l -> assertThat(l).endsWith("/1.shtml"));
        assertThat(dir.resolve("site/c/2021-05-13/1.shtml")).doesNotExist();
    }

    @Test
    void exportRefusesAnArticleThatHasNotPassedReviewAndSaysWhy() throws Exception {
        run("import", archive(REFERENCE, approved(SECOND + "}")).toString());
        Path out = dir.resolve("site");
        Cli.Run refused = run("export", "1", "2", "--out", out.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("《外交部国际司—— 强化理论武装》（编号 1）不能导出：尚未审核通过（现在是「草稿」）");
        assertThat(out).doesNotExist();

        // --all exports what passed and names what it left out
        Cli.Run all = run("export", "--all", "--out", out.toString());
        assertThat(all.status()).isZero();
        assertThat(all.lines()).anySatisfy(l -> assertThat(l).endsWith("/2.shtml")).doesNotContain("c/2021-05-13/1.shtml");
        assertThat(all.err()).contains("未导出：《外交部国际司—— 强化理论武装》（编号 1）不能导出：尚未审核通过");

        // anyway, with a reason, which is recorded
        assertThat(run("export", "1", "--anyway", " ", "--out", out.toString()).status()).isEqualTo(2);
        Cli.Run anyway = run("export", "1", "--anyway", "突发稿件先发后审", "--who", "值班编辑", "--out", out.toString());
        assertThat(anyway.status()).isZero();
        assertThat(anyway.lines()).contains("c/2021-05-13/1.shtml");
        try (org.copydesk.service.Desk desk = org.copydesk.service.Desk.open(dir.resolve("desk.db"), false,
                (Path) null, org.copydesk.service.Desk.Access.READ_WRITE)) {
            assertThat(desk.review().events(1)).anySatisfy(e -> {
                assertThat(e.kind()).isEqualTo(org.copydesk.domain.ReviewEvent.Kind.EXPORTED_ANYWAY);
                assertThat(e.who()).isEqualTo("值班编辑");
                assertThat(e.text()).isEqualTo("突发稿件先发后审");
            });
        }
    }

    @Test
    void checkOfAStoredArticleListsFindingsWithPlacesAndExitsThreeOnErrors() throws Exception {
        run("import", archive(SECOND + ", \"paragraphs\": [\"双方就合作事项进行了充分協(xié)商。\", \"会议在在北京举行。\"]}").toString());
        Cli.Run r = run("check", "1", "--json");
        assertThat(r.status()).isEqualTo(3);
        JsonNode findings = new ObjectMapper().readTree(r.out()).get("findings");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("rule").asText()).isEqualTo("pinyin-annotation");
            assertThat(f.get("severity").asText()).isEqualTo("error");
            assertThat(f.get("field").asText()).isEqualTo("body");
            assertThat(f.get("paragraph").asInt()).isZero();
            assertThat(f.get("start").asInt()).isEqualTo(12);
            assertThat(f.get("end").asInt()).isEqualTo(18);
            assertThat(f.get("text").asText()).isEqualTo("協(xié)");
            assertThat(f.get("suggestion").asText()).isEqualTo("協");
            assertThat(f.get("message").asText()).isNotBlank();
        });
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("rule").asText()).isEqualTo("repeated-word");
            assertThat(f.get("paragraph").asInt()).isEqualTo(1);
        });
        Cli.Run text = run("check", "1");
        assertThat(text.status()).isEqualTo(3);
        assertThat(text.out()).contains("第 1 段 12–18\t错误\tpinyin-annotation").contains("共 ");

        run("import", archive(approved(SECOND + "}")).toString());
        Cli.Run clean = run("check", "2");
        assertThat(clean.status()).isZero();
    }

    @Test
    void checkOfAFileReadsItAsItIsBeforeCleaning() throws Exception {
        Path page = Files.writeString(dir.resolve("page.txt"), "國際合作的新進展\n\n双方就合作事项进行了充分協(xié)商。\n");
        Cli.Run r = run("check", page.toString(), "--json");
        assertThat(r.status()).isEqualTo(3);
        JsonNode findings = new ObjectMapper().readTree(r.out()).get("findings");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("rule").asText()).isEqualTo("traditional-script");
            assertThat(f.get("field").asText()).isEqualTo("title");
        });
        assertThat(findings).anySatisfy(f -> assertThat(f.get("rule").asText()).isEqualTo("pinyin-annotation"));
        // nothing was stored
        assertThat(run("list").lines()).isEmpty();
        Cli.Run missing = run("check", dir.resolve("nope.html").toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.html");
        assertThat(run("check", "-3").status()).isEqualTo(2);
    }

    @Test
    void usageMistakesExitWithTwo() {
        assertThat(run("export", "--out", dir.toString()).status()).isEqualTo(2);
        assertThat(run("export", "1", "--all", "--out", dir.toString()).status()).isEqualTo(2);
        assertThat(run("export", "1").status()).isEqualTo(2);
        assertThat(run("show", "abc").status()).isEqualTo(2);
        assertThat(run("frobnicate").status()).isEqualTo(2);
        assertThat(run("list", "--status", "lost").status()).isEqualTo(2);
    }

    @Test
    void userMistakesExitWithOneAndSayWhatAndWhere() {
        Cli.Run missing = run("show", "42");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("找不到稿件 42");
        Cli.Run noFile = run("import", dir.resolve("none.jsonl").toString());
        assertThat(noFile.status()).isEqualTo(1);
        assertThat(noFile.err()).contains("none.jsonl");
    }

    @Test
    void aDatabaseInAMissingFolderIsReported() {
        Path db = dir.resolve("no/such/dir/desk.db");
        Cli.Run r = runRaw("--db", db.toString(), "list");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().strip()).contains(db.toString()).contains("目录不存在");
    }

    @Test
    void aDatabaseFromANewerVersionIsRefused() throws Exception {
        Path db = dir.resolve("newer.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        Cli.Run r = runRaw("--db", db.toString(), "list");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("更新版本").contains("99");
    }

    @Test
    void importIsRefusedWhileTheWindowHoldsTheDatabaseButReadingWorks() throws Exception {
        run("import", archive(REFERENCE).toString());
        try (org.copydesk.service.Desk window = org.copydesk.service.Desk.open(dir.resolve("desk.db"))) {
            Cli.Run imp = run("import", archive(REFERENCE).toString());
            assertThat(imp.status()).isEqualTo(1);
            assertThat(imp.err()).contains("正被另一个 Copydesk 使用");
            Cli.Run list = run("list");
            assertThat(list.status()).isZero();
            assertThat(list.lines()).hasSize(1);
            assertThat(list.err()).contains("只读");
            // the site can be built from what is published; nothing new is published from a desk it cannot write
            Cli.Run export = run("export", "--all", "--out", dir.resolve("site").toString());
            assertThat(export.status()).isZero();
            assertThat(export.err()).contains("不发布新的稿件");
            assertThat(dir.resolve("site/index.html")).exists();
            assertThat(window.drafts().list(org.copydesk.domain.ArticleQuery.all()))
                    .noneMatch(a -> a.status() == org.copydesk.domain.Status.PUBLISHED);
        }
    }

    @Test
    void noCommandOpensTheWindow() {
        Cli.Run r = run();
        assertThat(r.status()).isZero();
    }

    private static String referencePage() throws Exception {
        try (var in = CliTest.class.getResourceAsStream("/pages/reference-page.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void checkOfTheReferencePageAsSavedFindsItsDamageAtItsPlaces() throws Exception {
        Path page = Files.writeString(dir.resolve("reference.txt"), referencePage());
        Cli.Run r = run("check", page.toString(), "--json");
        assertThat(r.status()).isEqualTo(3);
        JsonNode findings = new ObjectMapper().readTree(r.out()).get("findings");
        List<JsonNode> damage = new ArrayList<>();
        findings.forEach(f -> {
            if (f.get("rule").asText().equals("encoding-damage")) {
                damage.add(f);
            }
        });
        // both damaged spans, in the fourth paragraph, where the page has them
        assertThat(damage).hasSize(2);
        assertThat(damage).extracting(f -> f.get("paragraph").asInt()).containsExactly(3, 3);
        assertThat(damage).extracting(f -> f.get("start").asInt() + "-" + f.get("end").asInt()).containsExactly("74-79", "139-144");
        assertThat(damage).extracting(f -> f.get("suggestion").asText()).containsExactly("。“將學", "。”國際");
        int pinyin = 0;
        int traditional = 0;
        for (JsonNode f : findings) {
            String rule = f.get("rule").asText();
            if (rule.equals("pinyin-annotation")) {
                pinyin++;
                assertThat(f.get("text").asText()).matches("\\p{IsHan}\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)");
            } else if (rule.equals("traditional-script")) {
                traditional++;
            }
        }
        assertThat(pinyin).isGreaterThan(200);
        assertThat(traditional).isGreaterThan(200);
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("field").asText()).isEqualTo("title");
            assertThat(f.get("text").asText()).isEqualTo("國際");
            assertThat(f.get("start").asInt()).isEqualTo(3);
        });
    }

    @Test
    void importOfTheReferencePageStoresACleanDraft() throws Exception {
        Path page = Files.writeString(dir.resolve("reference.txt"), referencePage());
        Cli.Run r = run("import", page.toString());
        assertThat(r.status()).isZero();
        assertThat(r.lines()).containsExactly("1\t外交部国际司—— 强化理论武装 践行“两个维护”");
        assertThat(r.err()).contains("乱码修复 2").contains("未识别：作者");
        JsonNode json = new ObjectMapper().readTree(run("show", "1", "--json").out());
        assertThat(json.get("channel").asText()).isEqualTo("要闻");
        assertThat(json.get("publishedAt").asText()).isEqualTo("2021-05-13T08:43");
        assertThat(json.get("source").asText()).isEqualTo("人民网");
        assertThat(json.get("editor").asText()).isEqualTo("罗文");
        assertThat(json.get("keywords").toString()).isEqualTo("[\"国际\",\"工作\",\"习近平\",\"外交\",\"政治\"]");
        assertThat(json.get("paragraphs")).hasSize(11);
        assertThat(json.get("bodyHtml").asText()).doesNotContainPattern("[\\uE000-\\uF8FF]").contains("。“将学习", "。”国际司");
    }

    @Test
    void cleanPrintsTheCleanedTextAndTheReportApart() throws Exception {
        Path page = Files.writeString(dir.resolve("reference.txt"), referencePage());
        Cli.Run r = run("clean", page.toString());
        assertThat(r.status()).isZero();
        assertThat(r.lines().get(0)).isEqualTo("外交部国际司—— 强化理论武装 践行“两个维护”");
        assertThat(r.out()).contains("来源：人民网", "关键词：国际 工作 习近平 外交 政治", "读书班。“将学习教育")
                .doesNotContain("首页", "分享到", "相关新闻", "(xié)");
        assertThat(r.err()).contains("乱码修复：改动 2 处", "拼音注音：改动", "繁简转换：改动", "标点空格：改动", "未识别出作者")
                .contains("识别出发布时间：2021年5月13日 08:43").doesNotContain("2021-05-13T08:43");
        assertThat(dir.resolve("desk.db")).doesNotExist();
    }

    @Test
    void aBadPageGetsOneLineNamingItAndNothingIsStored() throws Exception {
        Path binary = Files.write(dir.resolve("photo.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path good = Files.writeString(dir.resolve("good.txt"), "标题\n正文第一段。\n");
        Cli.Run r = run("import", binary.toString(), empty.toString(), good.toString());
        assertThat(r.status()).isEqualTo(1);
        List<String> errors = r.err().lines().filter(l -> l.contains("photo.html") || l.contains("empty.txt")).toList();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).contains("photo.html").contains("二进制");
        assertThat(errors.get(1)).contains("empty.txt").contains("空");
        assertThat(r.lines()).containsExactly("1\t标题");
        assertThat(run("list").lines()).hasSize(1);
    }

    @Test
    void suggestForAPageFileGivesChannelAndKeywordsWithScores() throws Exception {
        Path page = Files.writeString(dir.resolve("reference.txt"), referencePage());
        Cli.Run r = run("suggest", page.toString(), "--json");
        assertThat(r.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("channel").get("name").asText()).isEqualTo("要闻");
        assertThat(json.get("channel").get("confidence").asDouble()).isBetween(0.5, 1.0);
        assertThat(json.get("channel").get("alternatives")).isNotEmpty();
        assertThat(json.get("channel").get("alternatives").get(0).has("confidence")).isTrue();
        List<String> words = new ArrayList<>();
        json.get("keywords").forEach(k -> {
            words.add(k.get("word").asText());
            assertThat(k.get("score").asDouble()).isBetween(0.0, 1.0);
        });
        // the telling ones of the page's own keywords (国际 工作 习近平 外交 政治), 国际 as the department the page is about
        assertThat(words).hasSizeLessThanOrEqualTo(8).contains("国际司", "外交", "习近平");
        assertThat(dir.resolve("desk.db")).exists();
    }

    @Test
    void suggestForAStoredArticleAndForTooLittleText() throws Exception {
        Path page = Files.writeString(dir.resolve("reference.txt"), referencePage());
        run("import", page.toString(), archive("{\"title\": \"短\", \"paragraphs\": [\"只有一行。\"]}").toString());
        Cli.Run human = run("suggest", "1");
        assertThat(human.status()).isZero();
        assertThat(human.out()).startsWith("频道：").contains("依据：");
        Cli.Run shortOne = run("suggest", "2");
        assertThat(shortOne.out().strip()).isEqualTo("正文太短，没有建议");
        Cli.Run json = run("suggest", "2", "--json");
        assertThat(new ObjectMapper().readTree(json.out()).get("tooShort").asBoolean()).isTrue();
        assertThat(run("suggest", "99").status()).isEqualTo(1);
    }
}
