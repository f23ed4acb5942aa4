package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.copydesk.l10n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pack, unpack and the archive round trip, as a script would use them on two desks. */
class ExchangeCliTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void chinese() {
        Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    private Cli.Run on(String desk, String... args) {
        return Cli.on(dir.resolve(desk + ".db").toString(), args);
    }

    private Path archive(String... lines) throws Exception {
        return Files.writeString(dir.resolve("a-" + System.nanoTime() + ".jsonl"), String.join("\n", lines) + "\n");
    }

    private static final String ARTICLE = "{\"title\": \"社区协商议事\", \"channel\": \"要闻\", \"source\": \"人民网\", "
            + "\"paragraphs\": [\"第一段。\", \"第二段。\", \"第三段。\"]}";

    @Test
    void anArticleGoesToAnotherDeskAndComesBackMerged() throws Exception {
        on("editor", "import", archive(ARTICLE).toString());
        Path first = dir.resolve("to-proofreader.cdpkg");
        Cli.Run pack = on("editor", "pack", "1", "--out", first.toString());
        assertThat(pack.status()).isZero();
        assertThat(pack.lines()).singleElement().satisfies(l -> assertThat(l).startsWith("1\t").endsWith("\t社区协商议事"));
        Cli.Run unpack = on("proof", "unpack", first.toString());
        assertThat(unpack.status()).isZero();
        assertThat(unpack.lines()).containsExactly("1\tnew\t社区协商议事");
        assertThat(unpack.err()).contains("新稿 1");
        assertThat(on("proof", "unpack", first.toString()).lines()).containsExactly("1\tunchanged\t社区协商议事");

        // both desks edit, through the scriptable round trip: show --json, change, import
        edit("proof", 1, 0, "第一段（校对改）。");
        edit("editor", 1, 2, "第三段（编辑改）。");
        Path back = dir.resolve("to-editor.cdpkg");
        on("proof", "pack", "--all", "--out", back.toString());
        Cli.Run merged = on("editor", "unpack", back.toString());
        assertThat(merged.lines()).containsExactly("1\tmerged\t社区协商议事");
        JsonNode now = json(on("editor", "show", "1", "--json").out());
        assertThat(now.get("paragraphs").toString()).isEqualTo("[\"第一段（校对改）。\",\"第二段。\",\"第三段（编辑改）。\"]");
        assertThat(now.get("conflict").asBoolean()).isFalse();
        assertThat(now.get("revision").asText()).hasSize(36);
    }

    @Test
    void theSameParagraphEditedOnBothDesksIsListedAsAConflict() throws Exception {
        on("editor", "import", archive(ARTICLE).toString());
        Path p = dir.resolve("p.cdpkg");
        on("editor", "pack", "1", "--out", p.toString());
        on("proof", "unpack", p.toString());
        edit("proof", 1, 1, "第二段（校对的说法）。");
        edit("editor", 1, 1, "第二段（编辑的说法）。");
        Path back = dir.resolve("back.cdpkg");
        on("proof", "pack", "1", "--out", back.toString());
        assertThat(on("editor", "unpack", back.toString()).lines()).containsExactly("1\tconflict\t社区协商议事");
        assertThat(on("editor", "list", "--status", "conflict").lines()).singleElement()
                .satisfies(l -> assertThat(l).startsWith("1\tconflict\t"));
        assertThat(json(on("editor", "show", "1", "--json").out()).get("conflict").asBoolean()).isTrue();
        Cli.Run export = on("editor", "export", "1", "--out", dir.resolve("site").toString());
        assertThat(export.status()).isEqualTo(1);
        assertThat(export.err()).contains("冲突");
    }

    @Test
    void reimportingAnArchiveIsHarmlessAndAnEditAgainstAnOldRevisionMerges() throws Exception {
        on("desk", "import", archive(ARTICLE).toString());
        JsonNode shown = json(on("desk", "show", "1", "--json").out());
        Path again = archive(shown.toString());
        Cli.Run r = on("desk", "import", again.toString());
        assertThat(r.lines()).containsExactly("1\tunchanged\t社区协商议事");
        assertThat(on("desk", "list").lines()).hasSize(1);

        // an edit based on what show printed, while the article moved on meanwhile: merged three ways
        edit("desk", 1, 0, "第一段（后来改的）。");
        ObjectNode stale = (ObjectNode) shown.deepCopy();
        stale.set("paragraphs", new ObjectMapper().readTree("[\"第一段。\", \"第二段。\", \"第三段（脚本改）。\"]"));
        stale.remove("bodyHtml");
        JsonNode base = json(on("desk", "show", "1", "--json").out());
        assertThat(base.get("revision").asText()).isNotEqualTo(stale.get("revision").asText());
        Cli.Run merged = on("desk", "import", archive(stale.toString()).toString());
        assertThat(merged.lines()).containsExactly("1\tmerged\t社区协商议事");
        assertThat(json(on("desk", "show", "1", "--json").out()).get("paragraphs").toString())
                .isEqualTo("[\"第一段（后来改的）。\",\"第二段。\",\"第三段（脚本改）。\"]");
    }

    @Test
    void aBrokenPackageIsOneLineAndStoresNothing() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.cdpkg"), "PK\u0003\u0004 not really");
        Cli.Run r = on("desk", "unpack", junk.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().strip()).contains("junk.cdpkg").doesNotContain("\n").doesNotContain("Exception");
        assertThat(on("desk", "list").lines()).isEmpty();
    }

    /** Changes one paragraph through show --json and import, as a script would. */
    private void edit(String desk, int id, int paragraph, String text) throws Exception {
        ObjectNode a = (ObjectNode) json(on(desk, "show", Integer.toString(id), "--json").out());
        var ps = (com.fasterxml.jackson.databind.node.ArrayNode) a.get("paragraphs");
        ps.set(paragraph, ps.textNode(text));
        a.remove("bodyHtml");
        Cli.Run r = on(desk, "import", archive(a.toString()).toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.lines()).singleElement().satisfies(l -> assertThat(l).startsWith(id + "\t").contains("\tupdated\t"));
    }

    private static JsonNode json(String s) throws Exception {
        return new ObjectMapper().readTree(s);
    }
}
