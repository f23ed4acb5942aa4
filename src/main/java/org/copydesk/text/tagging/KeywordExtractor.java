package org.copydesk.text.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.domain.KeywordSuggestion;

/**
 * Suggests keywords. Terms are ranked by TF-IDF (the square root of the occurrences, words in the
 * title counted twice, times rarity: document frequencies from the desk's archive, or from a
 * general corpus while the archive is small, {@link DocumentFrequencies}); TextRank over the same
 * terms decides between terms TF-IDF rates equally, which is common in short texts. Words the desk already uses as keywords are preferred. Single
 * characters, stop words and numbers never come up.
 *
 * <p>Why TextRank only breaks ties: every additive or multiplicative weight given to it lowered
 * precision and recall on the development set (README, Performance), because it favours words that
 * co-occur with everything (工作, 系统, 方法) over the words an article is about.
 */
public final class KeywordExtractor {

    private static final int WINDOW = 5;
    private static final double DAMPING = 0.85;
    private static final int ITERATIONS = 30;
    /** How much more a word the desk already uses is worth. */
    private static final double VOCABULARY_BOOST = 1.3;

    private KeywordExtractor() {
    }

    /**
     * @param vocabulary the desk's keywords and how many articles use each
     */
    public static List<KeywordSuggestion> suggest(String title, String body, int limit, DocumentFrequencies df,
                                                  Map<String, Integer> vocabulary) {
        Set<String> known = vocabulary.keySet();
        return suggest(TermCounter.count(title, known), TermCounter.count(body, known), limit, df, vocabulary);
    }

    /** The same from a title's and a body's terms counted already (with the desk's words known). */
    public static List<KeywordSuggestion> suggest(TermCounter.Counted titleTerms, TermCounter.Counted bodyTerms, int limit,
                                                  DocumentFrequencies df, Map<String, Integer> vocabulary) {
        Map<String, Integer> tf = new HashMap<>(bodyTerms.counts());
        titleTerms.counts().forEach((t, n) -> tf.merge(t, 2 * n, Integer::sum));
        if (tf.isEmpty()) {
            return List.of();
        }
        List<String> sequence = new ArrayList<>(titleTerms.sequence());
        sequence.addAll(bodyTerms.sequence());
        Map<String, Double> rank = textRank(sequence);
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            String t = e.getKey();
            // sublinear, as Lucene's classic TF-IDF: a word said ten times is not ten times the
            // subject (raw counts let an article's everyday words crowd out the rare ones it is about)
            double score = Math.sqrt(e.getValue()) * df.idf(t);
            int uses = vocabulary.getOrDefault(t, 0);
            if (uses > 0) {
                score *= VOCABULARY_BOOST;
            }
            int occurrences = bodyTerms.counts().getOrDefault(t, 0) + titleTerms.counts().getOrDefault(t, 0);
            scored.add(new Scored(new KeywordSuggestion(t, score, occurrences, uses, titleTerms.counts().containsKey(t)),
                    rank.getOrDefault(t, 0.0)));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> s.k().score()).reversed()
                .thenComparing(Comparator.comparingDouble(Scored::centrality).reversed())
                .thenComparing(s -> s.k().word()));
        List<KeywordSuggestion> chosen = new ArrayList<>();
        for (Scored s : scored) {
            KeywordSuggestion k = s.k();
            if (chosen.size() >= limit) {
                break;
            }
            // a phrase and the word inside it say the same thing: keep the one that ranks higher
            boolean overlaps = chosen.stream().anyMatch(c -> c.word().contains(k.word()) || k.word().contains(c.word()));
            if (!overlaps) {
                chosen.add(k);
            }
        }
        double top = chosen.isEmpty() ? 1 : chosen.get(0).score();
        return chosen.stream()
                .map(k -> new KeywordSuggestion(k.word(), Math.round(k.score() / top * 1000) / 1000.0, k.occurrences(),
                        k.deskUses(), k.inTitle()))
                .toList();
    }

    private record Scored(KeywordSuggestion k, double centrality) {
    }

    /** TextRank: terms that co-occur within a small window vote for each other. */
    static Map<String, Double> textRank(List<String> sequence) {
        Map<String, Map<String, Integer>> edges = new HashMap<>();
        for (int i = 0; i < sequence.size(); i++) {
            for (int j = i + 1; j < Math.min(sequence.size(), i + WINDOW); j++) {
                String a = sequence.get(i);
                String b = sequence.get(j);
                if (!a.equals(b)) {
                    edges.computeIfAbsent(a, k -> new HashMap<>()).merge(b, 1, Integer::sum);
                    edges.computeIfAbsent(b, k -> new HashMap<>()).merge(a, 1, Integer::sum);
                }
            }
        }
        Map<String, Double> score = new HashMap<>();
        Map<String, Double> outWeight = new HashMap<>();
        for (var e : edges.entrySet()) {
            score.put(e.getKey(), 1.0);
            outWeight.put(e.getKey(), e.getValue().values().stream().mapToDouble(Integer::doubleValue).sum());
        }
        for (int it = 0; it < ITERATIONS; it++) {
            Map<String, Double> next = new HashMap<>();
            for (var e : edges.entrySet()) {
                double sum = 0;
                for (var n : e.getValue().entrySet()) {
                    sum += n.getValue() / outWeight.get(n.getKey()) * score.get(n.getKey());
                }
                next.put(e.getKey(), (1 - DAMPING) + DAMPING * sum);
            }
            score = next;
        }
        return score;
    }
}
