package org.copydesk.text.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which articles are about the same thing: each article's most telling terms (TF-IDF over its
 * counted terms, its keywords counted three times over), compared by cosine similarity, with
 * articles of the same channel preferred. An inverted index finds the candidates, so a query does
 * not compare against the whole archive. Also keeps the document frequencies the keyword
 * suggestions use.
 */
public final class RelatedIndex {

    /** Terms kept per article for comparison. */
    private static final int TERMS_PER_ARTICLE = 48;
    /** How much more an article of the same channel counts. */
    private static final double SAME_CHANNEL = 1.2;
    /** Below this cosine, two articles are not related. */
    private static final double MIN_SIMILARITY = 0.05;
    private static final int KEYWORD_WEIGHT = 3;

    private record Doc(String channel, Map<String, Integer> top) {
    }

    /** An article found related, with its similarity. */
    public record Hit(long id, double similarity) {
    }

    private final Map<Long, Doc> docs = new HashMap<>();
    private final Map<Long, Set<String>> allTerms = new HashMap<>();
    private final Map<String, Integer> df = new HashMap<>();
    private final Map<String, Set<Long>> postings = new HashMap<>();

    public synchronized int size() {
        return docs.size();
    }

    public synchronized DocumentFrequencies frequencies() {
        return new DocumentFrequencies(Map.copyOf(df), docs.size());
    }

    /** Adds or replaces an article from its counted terms and its keywords. */
    public synchronized void put(long id, String channel, Map<String, Integer> counts, List<String> keywords) {
        remove(id);
        Map<String, Integer> terms = new HashMap<>(counts);
        for (String k : keywords) {
            terms.merge(k, KEYWORD_WEIGHT, Integer::sum);
        }
        allTerms.put(id, new HashSet<>(terms.keySet()));
        for (String t : terms.keySet()) {
            df.merge(t, 1, Integer::sum);
        }
        Map<String, Integer> top = new HashMap<>();
        terms.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Integer> e) -> -e.getValue() * idf(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .limit(TERMS_PER_ARTICLE)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        docs.put(id, new Doc(channel, top));
        for (String t : top.keySet()) {
            postings.computeIfAbsent(t, k -> new HashSet<>()).add(id);
        }
    }

    public synchronized void remove(long id) {
        Doc old = docs.remove(id);
        if (old != null) {
            for (String t : old.top().keySet()) {
                Set<Long> p = postings.get(t);
                if (p != null) {
                    p.remove(id);
                }
            }
        }
        Set<String> terms = allTerms.remove(id);
        if (terms != null) {
            for (String t : terms) {
                df.computeIfPresent(t, (k, n) -> n <= 1 ? null : n - 1);
            }
        }
    }

    /** The articles most related to one with these terms, best first; {@code exclude} is the article itself. */
    public synchronized List<Hit> related(long exclude, String channel, Map<String, Integer> counts, List<String> keywords, int limit) {
        Map<String, Integer> terms = new HashMap<>(counts);
        for (String k : keywords) {
            terms.merge(k, KEYWORD_WEIGHT, Integer::sum);
        }
        Map<String, Double> query = weights(terms, TERMS_PER_ARTICLE);
        Set<Long> candidates = new HashSet<>();
        for (String t : query.keySet()) {
            candidates.addAll(postings.getOrDefault(t, Set.of()));
        }
        candidates.remove(exclude);
        List<Hit> hits = new ArrayList<>();
        for (long id : candidates) {
            Doc d = docs.get(id);
            Map<String, Double> other = weights(d.top(), TERMS_PER_ARTICLE);
            double dot = 0;
            for (Map.Entry<String, Double> e : query.entrySet()) {
                dot += e.getValue() * other.getOrDefault(e.getKey(), 0.0);
            }
            if (dot >= MIN_SIMILARITY) {
                double score = !channel.isEmpty() && channel.equals(d.channel()) ? dot * SAME_CHANNEL : dot;
                hits.add(new Hit(id, score));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::similarity).reversed().thenComparingLong(Hit::id));
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    /** TF-IDF weights of the strongest terms, normalised to unit length. */
    private Map<String, Double> weights(Map<String, Integer> terms, int keep) {
        Map<String, Double> w = new HashMap<>();
        terms.forEach((t, n) -> w.put(t, (1 + Math.log(n)) * idf(t)));
        List<Map.Entry<String, Double>> strongest = w.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(keep).toList();
        double norm = Math.sqrt(strongest.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
        Map<String, Double> out = new HashMap<>();
        for (Map.Entry<String, Double> e : strongest) {
            out.put(e.getKey(), norm == 0 ? 0 : e.getValue() / norm);
        }
        return out;
    }

    private double idf(String term) {
        return Math.log((docs.size() + 2.0) / (df.getOrDefault(term, 0) + 1.0));
    }
}
