package org.copydesk.text.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.copydesk.domain.KeywordSuggestion;
import org.junit.jupiter.api.Test;

class LearnedKeywordsTest {

    private static KeywordSuggestion k(String word, double score) {
        return new KeywordSuggestion(word, score, 1, 0, false);
    }

    private static List<String> words(List<KeywordSuggestion> ks) {
        return ks.stream().map(KeywordSuggestion::word).toList();
    }

    @Test
    void neighboursKeywordsJoinTheExtractedOnesByHowAlikeTheArticlesAre() {
        String text = "球队在联赛中取胜，主教练谈到了青训体系。";
        List<KeywordSuggestion> extracted = List.of(k("联赛", 1.0), k("主教练", 0.6), k("球队", 0.5));
        List<LearnedKeywords.Neighbour> neighbours = List.of(
                new LearnedKeywords.Neighbour(0.9, List.of("青训体系", "联赛")),
                new LearnedKeywords.Neighbour(0.8, List.of("青训体系")),
                new LearnedKeywords.Neighbour(0.1, List.of("转会窗口")));
        List<KeywordSuggestion> merged = LearnedKeywords.merge(extracted, neighbours, text, 4, Map.of());
        // 联赛: extracted and lent; 青训体系: in the text, lent by the two close neighbours; 转会窗口: not in the text, one far neighbour
        assertThat(words(merged)).containsExactly("联赛", "青训体系", "主教练", "球队");
        assertThat(merged.get(0).score()).isEqualTo(1.0);
        assertThat(merged.get(1).occurrences()).isEqualTo(1);
    }

    @Test
    void aKeywordTheTextNeverMentionsNeedsSeveralCloseNeighbours() {
        String text = "今天的比赛在体育中心举行。";
        List<KeywordSuggestion> extracted = List.of(k("比赛", 1.0), k("体育中心", 0.9));
        List<LearnedKeywords.Neighbour> one = List.of(new LearnedKeywords.Neighbour(0.3, List.of("赛事报道")),
                new LearnedKeywords.Neighbour(0.3, List.of("比赛")), new LearnedKeywords.Neighbour(0.3, List.of("体育中心")));
        assertThat(words(LearnedKeywords.merge(extracted, one, text, 2, Map.of()))).doesNotContain("赛事报道");
        List<LearnedKeywords.Neighbour> all = List.of(new LearnedKeywords.Neighbour(0.9, List.of("赛事报道")),
                new LearnedKeywords.Neighbour(0.9, List.of("赛事报道")));
        assertThat(words(LearnedKeywords.merge(List.of(k("比赛", 0.2)), all, text, 2, Map.of()))).startsWith("赛事报道");
    }

    @Test
    void aPhraseAndTheWordInsideItAreNotBothSuggestedAndNoNeighboursChangeNothing() {
        String text = "循环肿瘤细胞检测。";
        List<KeywordSuggestion> extracted = List.of(k("肿瘤", 1.0), k("检测", 0.4));
        List<KeywordSuggestion> merged = LearnedKeywords.merge(extracted,
                List.of(new LearnedKeywords.Neighbour(1.0, List.of("循环肿瘤细胞"))), text, 3, Map.of());
        assertThat(words(merged)).containsExactly("循环肿瘤细胞", "检测");
        assertThat(words(LearnedKeywords.merge(extracted, List.of(), text, 3, Map.of()))).containsExactly("肿瘤", "检测");
    }

    @Test
    void oddKeywordsOfOtherArticlesAreLentAsTheyAreOrNotAtAll() {
        String text = "COVID-19 疫苗 接种 进展。";
        String sentence = "这是一段被误填进关键词栏的很长的句子，".repeat(3);
        List<LearnedKeywords.Neighbour> neighbours = List.of(new LearnedKeywords.Neighbour(0.9,
                List.of("COVID-19", "  疫苗  ", sentence, "", "mRNA vaccine")));
        List<String> merged = words(LearnedKeywords.merge(List.of(), neighbours, text, 5, Map.of()));
        assertThat(merged).contains("COVID-19", "疫苗", "mRNA vaccine").doesNotContain(sentence, "");
    }
}
