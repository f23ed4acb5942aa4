package org.copydesk.ingest;

import org.copydesk.site.ArticleJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.copydesk.domain.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlImporterTest {

    @TempDir
    Path dir;

    private Path file(String content) throws Exception {
        return Files.writeString(dir.resolve("archive.jsonl"), content);
    }

    private static CopydeskException failure(Path f) {
        try {
            JsonlImporter.read(f);
        } catch (CopydeskException e) {
            return e;
        }
        throw new AssertionError("expected the file to be refused");
    }

    @Test
    void readsEveryFieldOfTheShowJsonForm() throws Exception {
        Path f = file("""
                {"id": 99, "title": "标题", "subtitle": "副题", "summary": "摘要", "channel": "要闻", "keywords": ["国际", "外交"], \
                "source": "人民网", "author": "记者", "editor": "罗文", "publishedAt": "2021-05-13T08:43", "status": "approved", \
                "bodyHtml": "<p>正文</p>", "createdAt": "2020-01-01T00:00:00Z", "version": 7}
                """);
        Article a = JsonlImporter.read(f).get(0);
        assertThat(a.id()).isZero();
        assertThat(a.version()).isZero();
        assertThat(a.createdAt()).isNull();
        assertThat(a.title()).isEqualTo("标题");
        assertThat(a.subtitle()).isEqualTo("副题");
        assertThat(a.summary()).isEqualTo("摘要");
        assertThat(a.channel()).isEqualTo("要闻");
        assertThat(a.keywords()).containsExactly("国际", "外交");
        assertThat(a.source()).isEqualTo("人民网");
        assertThat(a.author()).isEqualTo("记者");
        assertThat(a.editor()).isEqualTo("罗文");
        assertThat(a.publishedAt()).isEqualTo(LocalDateTime.of(2021, 5, 13, 8, 43));
        assertThat(a.status()).isEqualTo(Status.APPROVED);
        assertThat(a.bodyHtml()).isEqualTo("<p>正文</p>");
    }

    @Test
    void paragraphsBecomeAnEscapedBodyAndBlankLinesAreSkipped() throws Exception {
        Path f = file("\n{\"paragraphs\": [\"第一段 <b>不是标记</b>\", \"\", \"第二段\"]}\n\n");
        assertThat(JsonlImporter.read(f)).singleElement()
                .extracting(Article::bodyHtml)
                .isEqualTo("<p>第一段 &lt;b&gt;不是标记&lt;/b&gt;</p><p>第二段</p>");
    }

    @Test
    void bodiesAreSanitised() throws Exception {
        Path f = file("{\"title\": \"t\", \"bodyHtml\": \"<p onclick='x()'>正文</p><script>alert(1)</script>\"}");
        assertThat(JsonlImporter.read(f).get(0).bodyHtml()).isEqualTo("<p>正文</p>");
    }

    @Test
    void keywordsMayBeOneSeparatedString() throws Exception {
        Path f = file("{\"title\": \"t\", \"keywords\": \"国际 工作、习近平，外交 国际\"}");
        assertThat(JsonlImporter.read(f).get(0).keywords()).containsExactly("国际", "工作", "习近平", "外交");
    }

    @Test
    void aBadLineIsNamedByItsNumber() throws Exception {
        CopydeskException e = failure(file("{\"title\": \"一\"}\n{\"title\": \"二\"}\n{\"title\": 三}\n"));
        assertThat(e.problem()).isEqualTo(Problem.JSONL_BAD_LINE);
        assertThat(e.args()[1]).isEqualTo("3");
        // where on the line, in the interface's words; nothing of the parser's internals
        assertThat(e.args()[2].toString()).contains("11").doesNotContain("Unexpected", "Source", "REDACTED", "token");
    }

    @Test
    void aLineWithoutTitleOrBodyIsRefused() throws Exception {
        CopydeskException e = failure(file("{\"title\": \"一\"}\n{\"channel\": \"要闻\"}\n"));
        assertThat(e.args()[1]).isEqualTo("2");
        assertThat(e.args()[2].toString()).contains("title");
    }

    @Test
    void wrongTypesAreRefusedWithTheFieldsName() throws Exception {
        assertThat(failure(file("{\"title\": \"t\", \"keywords\": [1, 2]}")).args()[2].toString()).contains("keywords");
        assertThat(failure(file("{\"title\": {\"x\": 1}}")).args()[2].toString()).contains("title");
        assertThat(failure(file("{\"title\": \"t\", \"publishedAt\": \"昨天\"}")).args()[2].toString()).contains("publishedAt");
        assertThat(failure(file("{\"title\": \"t\", \"status\": \"lost\"}")).args()[2].toString()).contains("status");
        assertThat(failure(file("[1, 2]")).problem()).isEqualTo(Problem.JSONL_BAD_LINE);
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertThat(failure(file("\n\n")).problem()).isEqualTo(Problem.JSONL_EMPTY);
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithItsLine() throws Exception {
        Path f = dir.resolve("gbk.jsonl");
        Files.write(f, "{\"title\": \"一\"}\n{\"title\": \"外交部\"}\n".getBytes(Charset.forName("GBK")));
        CopydeskException e = failure(f);
        assertThat(e.problem()).isEqualTo(Problem.JSONL_BAD_LINE);
    }

    @Test
    void publishTimesAreReadInTheCommonForms() throws Exception {
        Path f = file(String.join("\n", List.of(
                "{\"title\": \"a\", \"publishedAt\": \"2021-05-13 08:43\"}",
                "{\"title\": \"b\", \"publishedAt\": \"2021-05-13T08:43:20\"}",
                "{\"title\": \"c\", \"publishedAt\": \"2021-05-13\"}")));
        assertThat(JsonlImporter.read(f)).extracting(Article::publishedAt).containsExactly(
                LocalDateTime.of(2021, 5, 13, 8, 43), LocalDateTime.of(2021, 5, 13, 8, 43, 20), LocalDateTime.of(2021, 5, 13, 0, 0));
    }

    @Test
    void aMissingFileIsReported() {
        assertThatThrownBy(() -> JsonlImporter.read(dir.resolve("none.jsonl")))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.FILE_NOT_FOUND));
    }

    @Test
    void theShowJsonFormReadsBackToTheSameArticle() throws Exception {
        Article a = org.copydesk.support.TestDesk.referenceArticle();
        Path f = file(ArticleJson.toJsonLine(a) + "\n");
        Article back = JsonlImporter.read(f).get(0);
        assertThat(back).usingRecursiveComparison().ignoringFields("id", "createdAt", "updatedAt", "version").isEqualTo(a);
    }
}
