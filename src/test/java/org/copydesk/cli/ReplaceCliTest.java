package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReplaceCliTest extends DeskCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonNode show(int id) throws Exception {
        return JSON.readTree(run("show", Integer.toString(id), "--json").out());
    }

    /** Three articles: the name misspelt in two, once in a title; a third whose whole title is the name. */
    private void desk() throws Exception {
        var lines = List.of(
                "{\"title\":\"张晓明委员谈乡村振兴\",\"channel\":\"协商\",\"paragraphs\":[\"全国政协委员张晓明说，乡村振兴要靠人才。\",\"张晓明还说：要让年轻人回得来。\"]}",
                "{\"title\":\"委员们热议教育\",\"summary\":\"张晓明等委员发言\",\"bodyHtml\":\"<p>会上，<strong>张晓</strong>明委员第一个发言。</p>\"}",
                "{\"title\":\"张晓明\",\"paragraphs\":[\"一段不提名字的话。\"]}");
        assertThat(run("import", Files.write(dir.resolve("a.jsonl"), lines).toString()).status()).isZero();
    }

    @Test
    void aDryRunListsEveryChangeInContextAndWritesNothing() throws Exception {
        desk();
        Cli.Run r = run("replace", "张晓明", "张小明", "--dry-run");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("1\t张晓明委员谈乡村振兴").contains("[张晓明 → 张小明]委员谈乡村振兴")
                .contains("正文第 2 段\t…[张晓明 → 张小明]还说").contains("摘要\t…[张晓明 → 张小明]等委员发言");
        assertThat(r.err()).contains("将替换 3 篇稿件中的 6 处");
        Cli.Run deleting = run("replace", "张晓明", "", "--dry-run");
        assertThat(deleting.err()).contains("第 3 篇「张晓明」未替换：替换后标题为空").contains("将替换 2 篇稿件中的 5 处");
        assertThat(show(1).get("title").asText()).isEqualTo("张晓明委员谈乡村振兴");
    }

    @Test
    void theReplaceWritesOneRevisionPerArticleAndUndoTakesItAllBack() throws Exception {
        desk();
        try (var d = org.copydesk.service.Desk.open(dir.resolve("desk.db"))) {
            d.review().submit(1, "记者");
            org.copydesk.support.TestDesk.approve(d, 1, "主编");
        }
        assertThat(show(1).get("status").asText()).isEqualTo("approved");
        String bodyBefore = show(2).get("bodyHtml").asText();
        Cli.Run r = run("replace", "张晓明", "张小明");
        assertThat(r.status()).as(r.err()).isZero();
        Matcher batch = Pattern.compile("copydesk replace --undo (\\w+)").matcher(r.err());
        assertThat(batch.find()).as(r.err()).isTrue();
        assertThat(show(1).get("title").asText()).isEqualTo("张小明委员谈乡村振兴");
        assertThat(show(1).get("status").asText()).as("approved for other words: back through review, like any edit").isEqualTo("in_review");
        assertThat(show(1).get("bodyHtml").asText()).contains("委员张小明说").contains("<p>张小明还说");
        assertThat(show(2).get("summary").asText()).isEqualTo("张小明等委员发言");
        assertThat(show(2).get("bodyHtml").asText()).contains("<strong>张小明</strong>委员第一个");
        assertThat(show(3).get("title").asText()).isEqualTo("张小明");
        try (var desk = org.copydesk.service.Desk.open(dir.resolve("desk.db"))) {
            var revisions = desk.review().revisions(1);
            assertThat(org.copydesk.service.DeskReplace.noteOf(revisions.get(0).reason()))
                    .containsExactly(batch.group(1), "张晓明", "张小明");
        }

        Cli.Run undo = run("replace", "--undo", batch.group(1));
        assertThat(undo.status()).as(undo.err()).isZero();
        assertThat(undo.err()).contains("恢复 3 篇");
        assertThat(show(1).get("title").asText()).isEqualTo("张晓明委员谈乡村振兴");
        assertThat(show(2).get("bodyHtml").asText()).isEqualTo(bodyBefore);
        assertThat(run("replace", "--undo", batch.group(1)).err()).contains("已经撤销过了");
        assertThat(run("replace", "--undo", "nosuch").err()).contains("没有批次为 nosuch 的全台替换");
    }

    @Test
    void filtersRegularExpressionsAndJson() throws Exception {
        desk();
        Cli.Run json = run("replace", "张(晓)明", "张$1敏", "--regex", "--channel", "协商", "--dry-run", "--json");
        assertThat(json.status()).isZero();
        JsonNode plan = JSON.readTree(json.out());
        assertThat(plan.get("articles")).hasSize(1);
        assertThat(plan.get("articles").get(0).get("changes").get(0).get("after").asText()).isEqualTo("张晓敏");

        Cli.Run bad = run("replace", "张(晓", "x", "--regex");
        assertThat(bad.status()).isNotZero();
        assertThat(bad.err()).contains("正则表达式「张(晓」有误").contains("未作任何改动");
        assertThat(run("replace", "张晓明", "x", "--status", "published").err()).contains("将替换 0 篇稿件中的 0 处");
        assertThat(run("replace", "张晓明", "x", "--status", "sent").status()).isEqualTo(2);
        assertThat(show(1).get("title").asText()).isEqualTo("张晓明委员谈乡村振兴");
    }

    @Test
    void aReplaceThatFailsHalfwayWritesNothing() throws Exception {
        desk();
        // the database refuses to write the second article, after the first was written in the same transaction
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("desk.db")); var st = c.createStatement()) {
            st.execute("CREATE TRIGGER refuse BEFORE UPDATE ON article WHEN NEW.id = 2 BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
        }
        Cli.Run r = run("replace", "张晓明", "张小明");
        assertThat(r.status()).isNotZero();
        assertThat(show(1).get("title").asText()).as("the first article's change was taken back with the rest").isEqualTo("张晓明委员谈乡村振兴");
        assertThat(show(1).get("version").asInt()).isEqualTo(1);
        try (var desk = org.copydesk.service.Desk.open(dir.resolve("desk.db"))) {
            assertThat(desk.review().revisions(1)).hasSize(1);
        }
    }
}
