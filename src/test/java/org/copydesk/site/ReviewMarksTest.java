package org.copydesk.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.copydesk.domain.Finding;
import org.copydesk.domain.Note;
import org.copydesk.domain.Severity;
import org.copydesk.text.TextDiff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ReviewMarksTest {

    private static Finding body(int paragraph, int start, int end, String text, Severity s) {
        return new Finding("rule", s, Finding.BODY, paragraph, start, end, text, "message about " + text, "");
    }

    private static Document marked(String body, List<Finding> findings, List<Note> notes) {
        return Jsoup.parseBodyFragment(ReviewMarks.body(body, findings, notes));
    }

    @Test
    void aFindingIsMarkedOverExactlyItsCharacters() {
        List<Finding> f = List.of(body(1, 4, 6, "在在", Severity.WARNING));
        Document doc = marked("<p>第一段。</p><p>双方会上在在交换意见。</p>", f, List.of());
        Element mark = doc.selectFirst("mark.cd-finding");
        assertThat(mark.text()).isEqualTo("在在");
        assertThat(mark.hasClass("cd-warning")).isTrue();
        assertThat(mark.attr("data-finding")).isEqualTo("0");
        assertThat(mark.attr("title")).isEqualTo("message about 在在");
        assertThat(mark.parent().text()).isEqualTo("双方会上在在交换意见。");
        assertThat(doc.select("p").get(0).select("mark")).isEmpty();
    }

    @Test
    void aFindingAcrossBoldTextAndCollapsedSpacesIsMarkedPieceByPiece() {
        // paragraph text as the check reads it: "甲乙 丙丁戊" (the run of spaces counts once)
        List<Finding> f = List.of(body(0, 1, 5, "乙 丙丁", Severity.ERROR));
        Document doc = marked("<p>  甲乙   <b>丙丁</b>戊</p>", f, List.of());
        assertThat(doc.select("mark").eachText()).containsExactly("乙", "丙丁");
        assertThat(doc.selectFirst("b mark")).isNotNull();
        assertThat(doc.selectFirst("p").text()).isEqualTo("甲乙 丙丁戊");
    }

    @Test
    void overlappingFindingsShareMarksInsteadOfNesting() {
        List<Finding> f = List.of(body(0, 0, 3, "甲乙丙", Severity.HINT), body(0, 2, 4, "丙丁", Severity.ERROR));
        Document doc = marked("<p>甲乙丙丁戊</p>", f, List.of());
        assertThat(doc.select("mark").eachText()).containsExactly("甲乙", "丙", "丁");
        assertThat(doc.select("mark").eachAttr("data-finding")).containsExactly("0", "0 1", "1");
        assertThat(doc.select("mark mark")).isEmpty();
        // the worse severity colours the shared piece
        assertThat(doc.select("mark").get(1).hasClass("cd-error")).isTrue();
    }

    @Test
    void listItemsAndHeadingsAreParagraphsAsTheCheckCountsThem() {
        List<Finding> f = List.of(body(2, 0, 2, "三项", Severity.WARNING));
        Document doc = marked("<h2>小标题</h2><ul><li>一项</li><li>三项工作</li></ul>", f, List.of());
        assertThat(doc.selectFirst("li:nth-child(2) mark").text()).isEqualTo("三项");
    }

    @Test
    void notesAppearBesideTheirParagraphAndOnlyThere() {
        Note open = new Note(5, "n5", 1, 1, "交换", "请核实", "校对甲", Instant.EPOCH, null, null);
        Note done = new Note(6, "n6", 1, 0, "", "已改", "校对乙", Instant.EPOCH, Instant.EPOCH, "编辑");
        Document doc = marked("<p>第一段。</p><p>第二段。</p>", List.of(), List.of(open, done));
        Element aside = doc.selectFirst("aside[data-note=5]");
        assertThat(aside.hasClass("cd-open")).isTrue();
        assertThat(aside.nextElementSibling().text()).isEqualTo("第二段。");
        assertThat(aside.text()).contains("校对甲").contains("交换").contains("请核实");
        assertThat(doc.selectFirst("aside[data-note=6]").hasClass("cd-resolved")).isTrue();
    }

    @Test
    void thePageBarCountsFindingsListsFieldFindingsAndMarksTheTitle() {
        Document page = Jsoup.parse("<html><head></head><body><h1 class=title>外交部国際司</h1><div class=body><p>正文</p></div></body></html>");
        List<Finding> f = List.of(
                new Finding("traditional-script", Severity.ERROR, "title", -1, 4, 5, "際", "“際”不是简体字", "际"),
                new Finding("required-field", Severity.ERROR, "source", -1, 0, 0, "", "来源不能为空", ""),
                body(0, 0, 1, "正", Severity.HINT));
        Note whole = new Note(9, "n9", 1, -1, "", "标题再斟酌", "主任", Instant.EPOCH, null, null);
        ReviewMarks.page(page, f, List.of(whole), Map.of("title", "外交部国際司"), "../assets/review.css");
        Element bar = page.body().child(0);
        assertThat(bar.hasClass("cd-review")).isTrue();
        assertThat(bar.selectFirst("link").attr("href")).isEqualTo("../assets/review.css");
        assertThat(bar.select(".cd-count").eachText()).containsExactly("错误 2", "警告 0", "提示 1", "未解决批注 1");
        assertThat(bar.select(".cd-field-findings li").eachText()).containsExactly("标题：“際”不是简体字", "来源：来源不能为空");
        assertThat(bar.select("aside.cd-note").text()).contains("标题再斟酌");
        assertThat(page.selectFirst("h1 mark").text()).isEqualTo("際");
        assertThat(page.selectFirst("h1").text()).isEqualTo("外交部国際司");
    }

    @Test
    void aComparisonMarksInsertionsAndDeletionsAndEscapesTheText() {
        List<TextDiff.Paragraph> diff = List.of(
                new TextDiff.Paragraph(TextDiff.Op.SAME, List.of(new TextDiff.Span(TextDiff.Op.SAME, "会议"),
                        new TextDiff.Span(TextDiff.Op.DELETED, "动员"), new TextDiff.Span(TextDiff.Op.INSERTED, "<部署>"))),
                new TextDiff.Paragraph(TextDiff.Op.INSERTED, List.of(new TextDiff.Span(TextDiff.Op.INSERTED, "新段"))));
        Document doc = Jsoup.parseBodyFragment(ReviewMarks.comparisonBody(diff));
        assertThat(doc.select("del.cd-del").text()).isEqualTo("动员");
        assertThat(doc.select("ins.cd-ins").eachText()).containsExactly("<部署>", "新段");
        assertThat(doc.select("p.cd-ins-block").text()).isEqualTo("新段");
        assertThat(doc.select("部署")).isEmpty();
    }

    @Test
    void aComparisonKeepsHeadingsBoldAndLinksWithTheChangesInsideThem() {
        String before = "<h2>一、总体要求</h2><p>会议由<b>副司长</b>主持，详见<a href=\"https://example.com/a\">通知原文</a>。</p>"
                + "<p>此段删去。</p>";
        String after = "<h2>一、总体部署</h2><p>会议由<b>司长</b>主持，详见<a href=\"https://example.com/a\">会议通知原文</a>。</p>"
                + "<blockquote>新增的引文。</blockquote>";
        List<TextDiff.Paragraph> diff = TextDiff.paragraphs(org.copydesk.text.BodyText.paragraphs(before),
                org.copydesk.text.BodyText.paragraphs(after), org.copydesk.domain.DiffGranularity.CHARACTER);
        Document doc = Jsoup.parseBodyFragment(ReviewMarks.comparisonBody(diff, before, after));
        // the heading is still a heading, with its change inside it
        assertThat(doc.select("h2").text()).isEqualTo("一、总体要求部署");
        assertThat(doc.select("h2 del.cd-del").text()).isEqualTo("要求");
        assertThat(doc.select("h2 ins.cd-ins").text()).isEqualTo("部署");
        // bold and the link keep their markup; the change is marked inside them
        assertThat(doc.select("p b").text()).isEqualTo("副司长");
        assertThat(doc.select("p b del.cd-del").text()).isEqualTo("副");
        assertThat(doc.select("p a[href=https://example.com/a]").text()).isEqualTo("会议通知原文");
        assertThat(doc.select("p a ins.cd-ins").text()).isEqualTo("会议");
        assertThat(doc.select("p").first().text()).isEqualTo("会议由副司长主持，详见会议通知原文。");
        // a paragraph deleted whole keeps its kind, struck through; a new quotation is a quotation
        assertThat(doc.select("p.cd-del-block del.cd-del").text()).isEqualTo("此段删去。");
        assertThat(doc.select("blockquote.cd-ins-block ins.cd-ins").text()).isEqualTo("新增的引文。");
    }
}
