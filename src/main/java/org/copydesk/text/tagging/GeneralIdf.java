package org.copydesk.text.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * How rare a word is in general Chinese writing, before the desk has an archive of its own: the
 * inverse document frequencies jieba's keyword extractor ships (a large general corpus; MIT, see
 * {@code resources/tagging/SOURCES.md}) for its 250,000 words of two to four characters, packed
 * into sorted longs ({@link PackedWords}) with the value beside each. A word the table lacks (a
 * longer phrase, a name, Latin letters) counts as the table's median, as jieba counts it.
 */
final class GeneralIdf {

    private static volatile GeneralIdf shipped;

    private final long[] keys;
    private final float[] values;
    private final float median;
    private final float max;

    private GeneralIdf(long[] keys, float[] values, float median) {
        this.keys = keys;
        this.values = values;
        this.median = median;
        float m = median;
        for (float v : values) {
            m = Math.max(m, v);
        }
        this.max = m;
    }

    /** The table in {@code resources/tagging/idf.txt}, read once. */
    static GeneralIdf shipped() {
        GeneralIdf g = shipped;
        if (g == null) {
            synchronized (GeneralIdf.class) {
                g = shipped;
                if (g == null) {
                    g = read();
                    shipped = g;
                }
            }
        }
        return g;
    }

    /** The word's inverse document frequency scaled to 0–1 (the rarest word of the table is 1). */
    double scaled(String word) {
        return idf(word) / max;
    }

    double idf(String word) {
        int len = word.length();
        if (len < 2 || len > 4) {
            return median;
        }
        int at = Arrays.binarySearch(keys, PackedWords.key(word, 0, len));
        return at >= 0 ? values[at] : median;
    }

    private static GeneralIdf read() {
        try (InputStream in = GeneralIdf.class.getResourceAsStream("/tagging/idf.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing /tagging/idf.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            long[] packed = new long[1 << 18];
            float[] idf = new float[1 << 18];
            int n = 0;
            float median = 0;
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                String word = line.substring(0, tab);
                float value = Float.parseFloat(line.substring(tab + 1));
                if (word.equals("median")) {
                    median = value;
                    continue;
                }
                if (word.length() < 2 || word.length() > 4) {
                    continue;
                }
                if (n == packed.length) {
                    packed = Arrays.copyOf(packed, n * 2);
                    idf = Arrays.copyOf(idf, n * 2);
                }
                packed[n] = PackedWords.key(word, 0, word.length());
                idf[n++] = value;
            }
            // sorted by key, the values following their words
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            long[] keys0 = packed;
            Arrays.sort(order, (a, b) -> Long.compare(keys0[a], keys0[b]));
            long[] keys = new long[n];
            float[] values = new float[n];
            for (int i = 0; i < n; i++) {
                keys[i] = packed[order[i]];
                values[i] = idf[order[i]];
            }
            return new GeneralIdf(keys, values, median);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
