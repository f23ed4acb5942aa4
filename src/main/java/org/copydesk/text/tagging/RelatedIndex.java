package org.copydesk.text.tagging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which articles are about the same thing: each article's most telling terms (TF-IDF over its
 * counted terms, its keywords counted three times over), compared by cosine similarity, with
 * articles of the same channel preferred. An inverted index finds the candidates, so a query does
 * not compare against the whole archive. Also keeps the document frequencies the keyword
 * suggestions use. Terms are numbered and stored in plain arrays: ten thousand articles fit in tens
 * of megabytes.
 */
public final class RelatedIndex {

    /** Terms kept per article for comparison (and weighed of a query). */
    private static final int TERMS_PER_ARTICLE = 48;
    /** How much more an article of the same channel counts. */
    private static final double SAME_CHANNEL = 1.2;
    /** Below this cosine, two articles are not related. */
    private static final double MIN_SIMILARITY = 0.05;
    private static final int KEYWORD_WEIGHT = 3;

    private record Doc(String channel, int[] all, int[] top, int[] topCounts) {
    }

    /** An article found related, with its similarity. */
    public record Hit(long id, double similarity) {
    }

    private final Map<String, Integer> ids = new HashMap<>();
    private int[] df = new int[1024];
    private long[][] postings = new long[1024][];
    private int[] postingSize = new int[1024];
    private final Map<Long, Doc> docs = new HashMap<>();
    /**
     * Every article's weights laid out by term, worked out once while the index stays as it is (a
     * site's worth of queries): a query adds up its terms' postings instead of comparing itself with
     * every candidate.
     */
    private Weighted weighted;

    private record Weighted(long[] docIds, String[] channels, int[][] termDocs, double[][] termWeights) {
    }

    public synchronized int size() {
        return docs.size();
    }

    /** Document frequencies as they stand, for keyword suggestions (a live, thread-safe view). */
    public DocumentFrequencies frequencies() {
        return new DocumentFrequencies(this::df, this::size);
    }

    public synchronized int df(String term) {
        Integer id = ids.get(term);
        return id == null ? 0 : df[id];
    }

    private int id(String term) {
        Integer id = ids.get(term);
        if (id == null) {
            id = ids.size();
            ids.put(term, id);
            if (id >= df.length) {
                int n = df.length * 2;
                df = Arrays.copyOf(df, n);
                postings = Arrays.copyOf(postings, n);
                postingSize = Arrays.copyOf(postingSize, n);
            }
        }
        return id;
    }

    /** An article as the index takes it: its counted terms and the keywords editors gave it. */
    public record Entry(long id, String channel, Map<String, Integer> counts, List<String> keywords) {
    }

    /** Adds or replaces an article from its counted terms and its keywords. */
    public void put(long id, String channel, Map<String, Integer> counts, List<String> keywords) {
        putAll(List.of(new Entry(id, channel, counts, keywords)));
    }

    /**
     * Adds or replaces many articles at once (a whole archive on loading): every article's terms are
     * numbered and counted first, so each one's strongest terms are chosen with the frequencies of
     * the archive it joins, not of the part read before it.
     */
    public synchronized void putAll(List<Entry> given) {
        weighted = null;
        Map<Long, Entry> last = new java.util.LinkedHashMap<>();
        given.forEach(e -> last.put(e.id(), e));
        List<Entry> entries = List.copyOf(last.values());
        int[][] terms = new int[entries.size()][];
        int[][] counts = new int[entries.size()][];
        for (int d = 0; d < entries.size(); d++) {
            Entry e = entries.get(d);
            remove(e.id());
            Map<String, Integer> merged = new HashMap<>(e.counts());
            for (String k : e.keywords()) {
                merged.merge(k, KEYWORD_WEIGHT, Integer::sum);
            }
            int[] ts = new int[merged.size()];
            int[] ns = new int[merged.size()];
            int i = 0;
            for (Map.Entry<String, Integer> t : merged.entrySet()) {
                int tid = id(t.getKey());
                ts[i] = tid;
                ns[i++] = t.getValue();
                df[tid]++;
            }
            terms[d] = ts;
            counts[d] = ns;
            docs.put(e.id(), new Doc(e.channel(), ts, new int[0], new int[0]));
        }
        // the frequencies stand still now: each article's strongest terms are chosen on every core
        int[][] tops = new int[entries.size()][];
        int[][] topCounts = new int[entries.size()][];
        java.util.stream.IntStream.range(0, entries.size()).parallel().forEach(d -> {
            Integer[] order = new Integer[terms[d].length];
            double[] weight = new double[order.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
                weight[i] = counts[d][i] * idf(terms[d][i]);
            }
            int[] ts = terms[d];
            Arrays.sort(order, (a, b) -> weight[a] != weight[b] ? Double.compare(weight[b], weight[a]) : Integer.compare(ts[a], ts[b]));
            int k = Math.min(TERMS_PER_ARTICLE, order.length);
            tops[d] = new int[k];
            topCounts[d] = new int[k];
            for (int j = 0; j < k; j++) {
                tops[d][j] = ts[order[j]];
                topCounts[d][j] = counts[d][order[j]];
            }
        });
        for (int d = 0; d < entries.size(); d++) {
            long id = entries.get(d).id();
            for (int t : tops[d]) {
                addPosting(t, id);
            }
            docs.put(id, new Doc(entries.get(d).channel(), terms[d], tops[d], topCounts[d]));
        }
    }

    /** Lays out every article's weights now (a whole archive's worth), so the first query does not. */
    public synchronized void prepare() {
        weighted();
    }

    public synchronized void remove(long id) {
        weighted = null;
        Doc old = docs.remove(id);
        if (old == null) {
            return;
        }
        for (int t : old.top()) {
            removePosting(t, id);
        }
        for (int t : old.all()) {
            df[t]--;
        }
    }

    private void addPosting(int term, long doc) {
        long[] p = postings[term];
        if (p == null) {
            p = new long[4];
        } else if (postingSize[term] == p.length) {
            p = Arrays.copyOf(p, p.length * 2);
        }
        p[postingSize[term]++] = doc;
        postings[term] = p;
    }

    private void removePosting(int term, long doc) {
        long[] p = postings[term];
        for (int i = 0; i < postingSize[term]; i++) {
            if (p[i] == doc) {
                p[i] = p[--postingSize[term]];
                return;
            }
        }
    }

    /** The articles most related to one with these terms, best first; {@code exclude} is the article itself. */
    public synchronized List<Hit> related(long exclude, String channel, Map<String, Integer> counts, List<String> keywords, int limit) {
        Map<Integer, Integer> terms = new HashMap<>();
        counts.forEach((t, n) -> {
            Integer tid = ids.get(t);
            if (tid != null) {
                terms.merge(tid, n, Integer::sum);
            }
        });
        for (String k : keywords) {
            Integer tid = ids.get(k);
            if (tid != null) {
                terms.merge(tid, KEYWORD_WEIGHT, Integer::sum);
            }
        }
        int[] qTerms = terms.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] qCounts = Arrays.stream(qTerms).map(terms::get).toArray();
        Map<Integer, Double> query = weights(qTerms, qCounts);
        Weighted w = weighted();
        double[] score = new double[w.docIds().length];
        int[] touched = new int[w.docIds().length];
        boolean[] seen = new boolean[w.docIds().length];
        int n = 0;
        for (Map.Entry<Integer, Double> q : query.entrySet()) {
            int t = q.getKey();
            if (t >= w.termDocs().length || w.termDocs()[t] == null) {
                continue;
            }
            int[] ds = w.termDocs()[t];
            double[] ws = w.termWeights()[t];
            double qw = q.getValue();
            for (int i = 0; i < ds.length; i++) {
                if (!seen[ds[i]]) {
                    seen[ds[i]] = true;
                    touched[n++] = ds[i];
                }
                score[ds[i]] += qw * ws[i];
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int d = touched[k];
            long id = w.docIds()[d];
            double dot = score[d];
            if (id != exclude && dot >= MIN_SIMILARITY) {
                hits.add(new Hit(id, !channel.isEmpty() && channel.equals(w.channels()[d]) ? dot * SAME_CHANNEL : dot));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::similarity).reversed().thenComparingLong(Hit::id));
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    /** The articles' weights by term, laid out again after the index changed. */
    private Weighted weighted() {
        if (weighted != null) {
            return weighted;
        }
        long[] docIds = docs.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        String[] channels = new String[docIds.length];
        List<Map<Integer, Double>> weights = new ArrayList<>(docIds.length);
        int[] sizes = new int[ids.size()];
        for (int d = 0; d < docIds.length; d++) {
            Doc doc = docs.get(docIds[d]);
            channels[d] = doc.channel();
            Map<Integer, Double> wd = weights(doc.top(), doc.topCounts());
            weights.add(wd);
            for (int t : wd.keySet()) {
                sizes[t]++;
            }
        }
        int[][] termDocs = new int[sizes.length][];
        double[][] termWeights = new double[sizes.length][];
        int[] fill = new int[sizes.length];
        for (int t = 0; t < sizes.length; t++) {
            if (sizes[t] > 0) {
                termDocs[t] = new int[sizes[t]];
                termWeights[t] = new double[sizes[t]];
            }
        }
        for (int d = 0; d < docIds.length; d++) {
            for (Map.Entry<Integer, Double> e : weights.get(d).entrySet()) {
                int t = e.getKey();
                termDocs[t][fill[t]] = d;
                termWeights[t][fill[t]++] = e.getValue();
            }
        }
        weighted = new Weighted(docIds, channels, termDocs, termWeights);
        return weighted;
    }

    /** TF-IDF weights of the strongest terms, normalised to unit length. */
    private Map<Integer, Double> weights(int[] terms, int[] counts) {
        List<double[]> w = new ArrayList<>(terms.length);
        for (int i = 0; i < terms.length; i++) {
            w.add(new double[] {terms[i], (1 + Math.log(counts[i])) * idf(terms[i])});
        }
        w.sort((a, b) -> Double.compare(b[1], a[1]));
        List<double[]> strongest = w.subList(0, Math.min(TERMS_PER_ARTICLE, w.size()));
        double norm = Math.sqrt(strongest.stream().mapToDouble(x -> x[1] * x[1]).sum());
        Map<Integer, Double> out = new HashMap<>();
        for (double[] x : strongest) {
            out.put((int) x[0], norm == 0 ? 0 : x[1] / norm);
        }
        return out;
    }

    private double idf(int term) {
        return Math.log((docs.size() + 2.0) / (df[term] + 1.0));
    }
}
