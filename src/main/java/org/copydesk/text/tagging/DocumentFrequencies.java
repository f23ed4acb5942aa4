package org.copydesk.text.tagging;

import java.util.Map;

/**
 * How rare a term is, for TF-IDF: from the desk's own archive once it has one, and from a general
 * corpus meanwhile (the document frequencies jieba's keyword extractor ships, {@link GeneralIdf}). The two are blended by the archive's size, so a young desk leans on
 * the general corpus and an established one on its own articles.
 */
public final class DocumentFrequencies {

    /** Archive size at which the archive and the general corpus weigh the same. */
    private static final double HALF_WEIGHT = 200;

    private final java.util.function.ToIntFunction<String> df;
    private final java.util.function.IntSupplier documents;

    /** Frequencies looked up as needed (a live index). */
    public DocumentFrequencies(java.util.function.ToIntFunction<String> df, java.util.function.IntSupplier documents) {
        this.df = df;
        this.documents = documents;
    }

    /** Frequencies counted beforehand. */
    public DocumentFrequencies(Map<String, Integer> df, int documents) {
        this(t -> df.getOrDefault(t, 0), () -> documents);
    }

    /** Reads the general corpus's table now (a background load), so that the first suggestion does not wait for it. */
    public static void prepare() {
        GeneralIdf.shipped();
    }

    public static DocumentFrequencies empty() {
        return new DocumentFrequencies(Map.of(), 0);
    }

    public int documents() {
        return documents.getAsInt();
    }

    public int df(String term) {
        return df.applyAsInt(term);
    }

    /** The inverse document frequency, scaled to 0–1. */
    public double idf(String term) {
        double general = GeneralIdf.shipped().scaled(term);
        int n = documents();
        if (n == 0) {
            return general;
        }
        double archive = Math.log((n + 1.0) / (df(term) + 1.0)) / Math.log(n + 1.0);
        double w = n / (n + HALF_WEIGHT);
        return w * archive + (1 - w) * general;
    }
}
