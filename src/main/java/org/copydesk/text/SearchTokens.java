package org.copydesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns text into the tokens of the full-text index. Chinese has no spaces, so each run of Han
 * characters becomes its overlapping bigrams (外交部 → 外交 交部 部); Latin words and numbers are
 * lower-cased words. A query is tokenised the same way and matched as a phrase, so any substring of
 * one or more characters is found, which a word segmenter or a trigram index cannot promise.
 */
public final class SearchTokens {

    private SearchTokens() {
    }

    /** The index form of a text: tokens separated by spaces, one phrase per run. */
    public static String indexForm(String text) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        for (List<String> run : runs(text)) {
            for (String t : run) {
                out.append(t).append(' ');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * An FTS5 MATCH expression that finds every article containing each part of the query as a
     * substring, or an empty string when the query has nothing searchable.
     */
    public static String matchExpression(String query) {
        List<String> terms = new ArrayList<>();
        for (List<String> run : queryRuns(query)) {
            if (run.size() == 1 && run.get(0).codePointCount(0, run.get(0).length()) == 1 && isHan(run.get(0).codePointAt(0))) {
                // a single Han character: any bigram starting with it, or the character at a run's end
                terms.add("\"" + run.get(0) + "\"*");
            } else if (run.size() == 1 && !isHan(run.get(0).codePointAt(0))) {
                terms.add("\"" + run.get(0) + "\"*");
            } else {
                terms.add("\"" + String.join(" ", run) + "\"");
            }
        }
        return String.join(" AND ", terms);
    }

    /**
     * The same query in PostgreSQL's tsquery syntax: phrases of bigrams ({@code '国际' <-> '际司'}),
     * a single character or word as a prefix ({@code '梯':*}), all of them required; an empty string
     * when the query has nothing searchable. Lexemes hold only letters and digits, so nothing in the
     * query can change its meaning.
     */
    public static String tsQuery(String query) {
        List<String> terms = new ArrayList<>();
        for (List<String> run : queryRuns(query)) {
            boolean single = run.size() == 1 && (!isHan(run.get(0).codePointAt(0))
                    || run.get(0).codePointCount(0, run.get(0).length()) == 1);
            if (single) {
                terms.add("'" + run.get(0) + "':*");
            } else {
                terms.add(String.join(" <-> ", run.stream().map(t -> "'" + t + "'").toList()));
            }
        }
        return String.join(" & ", terms);
    }

    /**
     * A text as a PostgreSQL tsvector literal: the tokens of {@link #indexForm} with their positions
     * (PostgreSQL keeps positions up to 16,383; tokens past that share the last one).
     */
    public static String tsVector(String text) {
        StringBuilder out = new StringBuilder(text.length() * 5);
        int position = 0;
        for (List<String> run : runs(text)) {
            for (String t : run) {
                position++;
                out.append('\'').append(t).append("':").append(Math.min(position, 16383)).append(' ');
            }
        }
        return out.toString();
    }

    private static List<List<String>> queryRuns(String query) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> run : runs(query)) {
            if (run.isEmpty()) {
                continue;
            }
            String first = run.get(0);
            if (isHan(first.codePointAt(0))) {
                // drop the trailing unigram: the bigrams before it already pin the substring down
                if (run.size() > 1) {
                    run = run.subList(0, run.size() - 1);
                }
                out.add(run);
            } else {
                for (String word : run) {
                    out.add(List.of(word));
                }
            }
        }
        return out;
    }

    /** Splits text into runs: a run of Han characters as bigrams, or a run of Latin words. */
    private static List<List<String>> runs(String text) {
        List<List<String>> runs = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            if (isHan(cp)) {
                int j = i;
                while (j < cps.length && isHan(cps[j])) {
                    j++;
                }
                List<String> run = new ArrayList<>(j - i);
                for (int k = i; k < j; k++) {
                    StringBuilder t = new StringBuilder().appendCodePoint(cps[k]);
                    if (k + 1 < j) {
                        t.appendCodePoint(cps[k + 1]);
                    }
                    run.add(t.toString());
                }
                runs.add(run);
                i = j;
            } else if (Character.isLetterOrDigit(cp)) {
                int j = i;
                while (j < cps.length && Character.isLetterOrDigit(cps[j]) && !isHan(cps[j])) {
                    j++;
                }
                runs.add(List.of(new String(cps, i, j - i).toLowerCase(Locale.ROOT)));
                i = j;
            } else {
                i++;
            }
        }
        return runs;
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
