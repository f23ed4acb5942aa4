package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SuggestBatchCliTest extends DeskCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LAW = List.of("区人民法院依法审理了这起案件。", "检察机关依法提起公诉。", "法院当庭作出一审判决。",
            "被告人表示服从判决，不再上诉。", "律师为当事人提供了法律援助。", "执法人员依法查处了违法行为。");
    private static final List<String> CULTURE = List.of("博物馆推出了新的文物展览。", "非遗传承人现场展示传统技艺。", "剧院上演了一台新编京剧。",
            "图书馆举办了读书分享活动。", "书法作品展在美术馆开幕。", "民俗文化节吸引了众多游客。");

    private static String article(String title, String channel, List<String> keywords, List<String> sentences, Random r) throws Exception {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            paragraphs.add(sentences.get(r.nextInt(sentences.size())) + sentences.get(r.nextInt(sentences.size())));
        }
        var o = JSON.createObjectNode().put("title", title).put("channel", channel);
        keywords.forEach(o.putArray("keywords")::add);
        paragraphs.forEach(o.putArray("paragraphs")::add);
        return JSON.writeValueAsString(o);
    }

    /** Twelve tagged articles in two channels, then two with neither channel nor keywords. */
    private void desk() throws Exception {
        Random r = new Random(7);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lines.add(article("法院审理案件" + i, "法治", List.of("法院", "判决"), LAW, r));
            lines.add(article("文化活动" + i, "文化", List.of("展览", "文化"), CULTURE, r));
        }
        lines.add(article("一起案件今日宣判", "", List.of(), LAW, r));
        lines.add(article("新展开幕", "", List.of(), CULTURE, r));
        Path archive = Files.write(dir.resolve("archive.jsonl"), lines);
        assertThat(run("import", archive.toString()).status()).isZero();
    }

    @Test
    void untaggedArticlesGetOneJsonLineEachAndApplySetsWhatTheyLack() throws Exception {
        desk();
        Cli.Run r = run("suggest", "--untagged", "--json");
        assertThat(r.status()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String l : r.lines()) {
            lines.add(JSON.readTree(l));
        }
        assertThat(lines).extracting(n -> n.get("id").asLong()).containsExactly(13L, 14L);
        assertThat(lines.get(0).get("channel").get("name").asText()).isEqualTo("法治");
        assertThat(lines.get(1).get("channel").get("name").asText()).isEqualTo("文化");
        assertThat(lines.get(0).get("keywords").size()).isPositive();
        assertThat(r.err()).contains("2 篇");

        Cli.Run applied = run("suggest", "--untagged", "--apply", "--json");
        assertThat(applied.status()).isZero();
        JsonNode first = JSON.readTree(applied.lines().get(0));
        assertThat(first.get("apply").get("channel").asText()).isEqualTo("法治");
        JsonNode shown = JSON.readTree(run("show", "13", "--json").out());
        assertThat(shown.get("channel").asText()).isEqualTo("法治");
        assertThat(shown.get("keywords").size()).isBetween(1, 5);
        assertThat(run("show", "14", "--json").out()).contains("\"channel\" : \"文化\"");
        // nothing is left untagged, and tagged articles were not touched
        assertThat(run("suggest", "--untagged").lines()).isEmpty();
        assertThat(JSON.readTree(run("show", "1", "--json").out()).get("keywords").toString()).isEqualTo("[\"法院\",\"判决\"]");
    }

    @Test
    void allGivesALinePerArticleAndWrongUseIsRefused() throws Exception {
        desk();
        Cli.Run r = run("suggest", "--all");
        assertThat(r.lines()).hasSize(14);
        assertThat(r.lines().get(12)).startsWith("13\t法治 ");
        assertThat(run("suggest").status()).isEqualTo(2);
        assertThat(run("suggest", "1", "--all").status()).isEqualTo(2);
        assertThat(run("suggest", "--all", "--untagged").status()).isEqualTo(2);
        assertThat(run("suggest", "1", "--apply").status()).isEqualTo(2);
    }
}
