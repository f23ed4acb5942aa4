package org.copydesk.text.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.domain.KeywordSuggestion;

/**
 * Keywords learned from the desk's own tagging: the keywords editors gave the articles most like
 * this one (nearest neighbours by TF-IDF), each worth the similarity of the articles that carry it,
 * merged with the words extracted from the text. A learned keyword the text itself contains counts
 * in full; one it does not contain counts for less, so that a neighbour's subject is not pinned on
 * an article that never mentions it unless several close neighbours agree.
 */
public final class LearnedKeywords {

    /** An article like this one: how alike, and the keywords its editor gave it. */
    public record Neighbour(double similarity, List<String> keywords) {
    }

    /** How much the neighbours' vote weighs against extraction (both in 0..1). */
    static final double LEARNED_WEIGHT = 1.0;
    /** What a learned keyword the text does not contain is worth, against one it contains. */
    static final double ABSENT = 0.5;
    /** A "keyword" longer than this is a sentence typed into the wrong field: never lent to another article. */
    static final int LONGEST = 30;

    private LearnedKeywords() {
    }

    /**
     * The extracted keywords (scores normalised so the best is 1) and the neighbours' keywords, as
     * one ranked list of at most {@code limit}; {@code text} is what the article says (to tell
     * whether a learned keyword occurs in it).
     */
    public static List<KeywordSuggestion> merge(List<KeywordSuggestion> extracted, List<Neighbour> neighbours, String text,
                                                int limit, Map<String, Integer> vocabulary) {
        return merge(extracted, neighbours, text, limit, vocabulary, LEARNED_WEIGHT, ABSENT);
    }

    static List<KeywordSuggestion> merge(List<KeywordSuggestion> extracted, List<Neighbour> neighbours, String text, int limit,
                                         Map<String, Integer> vocabulary, double weight, double absent) {
        double total = 0;
        Map<String, Double> votes = new HashMap<>();
        for (Neighbour n : neighbours) {
            if (n.similarity() <= 0) {
                continue;
            }
            total += n.similarity();
            for (String given : new java.util.LinkedHashSet<>(n.keywords())) {
                String k = given.strip();
                if (!k.isEmpty() && k.length() <= LONGEST) {
                    votes.merge(k, n.similarity(), Double::sum);
                }
            }
        }
        Map<String, KeywordSuggestion> byWord = new LinkedHashMap<>();
        Map<String, Double> score = new HashMap<>();
        for (KeywordSuggestion k : extracted) {
            byWord.put(k.word(), k);
            score.put(k.word(), k.score());
        }
        if (total > 0) {
            for (Map.Entry<String, Double> v : votes.entrySet()) {
                String word = v.getKey();
                boolean inText = text.contains(word);
                double learned = weight * v.getValue() / total * (inText ? 1 : absent);
                score.merge(word, learned, Double::sum);
                byWord.computeIfAbsent(word, w -> new KeywordSuggestion(w, 0, count(text, w), vocabulary.getOrDefault(w, 0), false));
            }
        }
        List<String> ranked = new ArrayList<>(byWord.keySet());
        ranked.sort(Comparator.comparingDouble((String w) -> -score.get(w)).thenComparing(w -> w));
        List<KeywordSuggestion> chosen = new ArrayList<>();
        for (String w : ranked) {
            if (chosen.size() >= limit) {
                break;
            }
            // a phrase and the word inside it say the same thing: keep the one that ranks higher
            if (chosen.stream().noneMatch(c -> c.word().contains(w) || w.contains(c.word()))) {
                KeywordSuggestion k = byWord.get(w);
                chosen.add(new KeywordSuggestion(w, score.get(w), k.occurrences(), k.deskUses(), k.inTitle()));
            }
        }
        double top = chosen.isEmpty() ? 1 : chosen.get(0).score();
        return chosen.stream()
                .map(k -> new KeywordSuggestion(k.word(), Math.round(k.score() / top * 1000) / 1000.0, k.occurrences(), k.deskUses(),
                        k.inTitle()))
                .toList();
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }
}
