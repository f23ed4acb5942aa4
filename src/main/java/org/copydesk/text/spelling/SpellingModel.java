package org.copydesk.text.spelling;

import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.copydesk.text.tagging.Segmenter;

/**
 * Finds 错别字: a character that fits no word around it where a character of the same sound or a
 * similar shape would make a common word, and the passage clearly more likely.
 *
 * <p>The language model is HanLP's People's Daily word frequencies and word bigrams: a short window
 * of text around the character is scored by its best segmentation, with and without each candidate
 * from the {@link ConfusionSets}. A position is only looked at when no known word covers it; known
 * words are HanLP's core and extended dictionaries, the desk's own words (its dictionary, protected
 * names, the keywords in use) and the pairs of characters its archive writes often
 * ({@link DeskUsage}). Numerals and the names of people, places and organisations HanLP recognises
 * are never corrected.
 */
public final class SpellingModel {

    /** A suspected misspelling: [start, end) of the text, what it says, what it likely should say. */
    public record Suspect(int start, int end, String wrong, String right, double gain, boolean sure) {
    }

    /** How much more likely (natural log) the corrected window must be to report it. */
    static final double GAIN = 9;
    /** Above this gain, with a frequent enough word, the finding is sure enough to be an error. */
    static final double SURE_GAIN = 14;
    /** How often (in HanLP's corpus) the word a correction makes must occur. */
    static final int WORD_FREQUENCY = 50;
    static final int SURE_FREQUENCY = 200;
    /** Characters each side of the position that the window takes. */
    private static final int REACH = 4;
    private static final int LONGEST = 4;
    private static final String NUMERALS = "一二三四五六七八九十百千万亿两零〇第几";
    private static final int CACHE = 4096;
    /** Punctuation HanLP's bigrams know as words of their own. */
    private static final String PUNCTUATION = "，。、；：？！“”‘’《》（）";

    private final ConfusionSets sets;
    private final Set<String> deskWords;
    private final DeskUsage usage;
    private final int longestDeskWord;
    private final org.copydesk.text.RecentCache<String, List<Suspect>> cache = new org.copydesk.text.RecentCache<>(CACHE);
    private static final WordSet WORDS = WordSet.shipped();

    public SpellingModel(ConfusionSets sets, Set<String> deskWords, DeskUsage usage) {
        this.sets = sets;
        this.deskWords = Set.copyOf(deskWords);
        this.usage = usage;
        this.longestDeskWord = deskWords.stream().mapToInt(String::length).max().orElse(0);
        Segmenter.load();
    }

    /** The model with the shipped confusion sets and nothing of the desk's. */
    public static SpellingModel general() {
        return new SpellingModel(ConfusionSets.shipped(), Set.of(), DeskUsage.NONE);
    }

    public DeskUsage usage() {
        return usage;
    }

    /** The suspected misspellings of a piece of text (a paragraph or a field), in order. */
    public List<Suspect> suspects(String text) {
        return cache.get(text, this::find);
    }

    private List<Suspect> find(String t) {
        List<Suspect> out = new ArrayList<>();
        boolean[] guarded = null;
        for (int i = 0; i < t.length(); i++) {
            char x = t.charAt(i);
            char[] cs = sets.candidates(x);
            if (cs.length == 0 || NUMERALS.indexOf(x) >= 0 || !isHan(x)) {
                continue;
            }
            int lo = i;
            int hi = i + 1;
            while (lo > 0 && i - lo < REACH && isHan(t.charAt(lo - 1))) {
                lo--;
            }
            while (hi < t.length() && hi - i <= REACH && isHan(t.charAt(hi))) {
                hi++;
            }
            // the punctuation that closes or opens a clause is context too: 更是 does not end one
            if (lo > 0 && PUNCTUATION.indexOf(t.charAt(lo - 1)) >= 0) {
                lo--;
            }
            if (hi < t.length() && PUNCTUATION.indexOf(t.charAt(hi)) >= 0) {
                hi++;
            }
            String window = t.substring(lo, hi);
            int k = i - lo;
            if (covered(window, k)) {
                continue;
            }
            if (guarded == null) {
                guarded = guarded(t);
            }
            if (guarded[i]) {
                continue;
            }
            Suspect s = best(window, k, lo, cs);
            if (s != null) {
                out.add(s);
            }
        }
        if (out.isEmpty()) {
            return List.of();
        }
        return names(t, likeliest(out));
    }

    /** The best correction of the character at {@code k} of the window, or null. */
    private Suspect best(String window, int k, int offset, char[] cs) {
        double base = score(window);
        double bestGain = GAIN;
        char bestChar = 0;
        int[] bestWord = null;
        char[] arr = window.toCharArray();
        for (char c : cs) {
            arr[k] = c;
            String changed = new String(arr);
            int[] word = formedWord(changed, k);
            if (word == null) {
                continue;
            }
            double gain = score(changed) - base;
            if (gain > bestGain) {
                bestGain = gain;
                bestChar = c;
                bestWord = word;
            }
        }
        if (bestChar == 0) {
            return null;
        }
        arr[k] = bestChar;
        String right = new String(arr, bestWord[0], bestWord[1] - bestWord[0]);
        boolean sure = bestGain >= SURE_GAIN && bestWord[2] >= SURE_FREQUENCY;
        return new Suspect(offset + bestWord[0], offset + bestWord[1], window.substring(bestWord[0], bestWord[1]), right,
                bestGain, sure);
    }

    /** Of suspects over the same words (讲化: 讲话 or 强化), the one the model finds likeliest. */
    private static List<Suspect> likeliest(List<Suspect> found) {
        List<Suspect> out = new ArrayList<>(found.size());
        for (Suspect s : found) {
            Suspect last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start() < last.end()) {
                if (s.gain() > last.gain()) {
                    out.set(out.size() - 1, s);
                }
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether a known word of two or more characters in the window covers position {@code k}. */
    private boolean covered(String w, int k) {
        if (k > 0 && usage.often(w.charAt(k - 1), w.charAt(k)) || k + 1 < w.length() && usage.often(w.charAt(k), w.charAt(k + 1))) {
            return true;
        }
        for (int len = 2; len <= LONGEST + 1; len++) {
            for (int b = Math.max(0, k - len + 1); b <= k && b + len <= w.length(); b++) {
                String s = w.substring(b, b + len);
                if (CoreDictionary.getTermFrequency(s) > 0 || CustomDictionary.contains(s) || deskWords.contains(s)
                        || WORDS.contains(w, b, b + len)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The most frequent word of two or more characters covering {@code k} that the correction makes,
     * as {start, end, frequency}, or null when it makes none common enough.
     */
    private static int[] formedWord(String w, int k) {
        int[] best = null;
        for (int len = 2; len <= LONGEST; len++) {
            for (int b = Math.max(0, k - len + 1); b <= k && b + len <= w.length(); b++) {
                if (numeralBeside(w, b, b + len, k)) {
                    continue;
                }
                int f = CoreDictionary.getTermFrequency(w.substring(b, b + len));
                if (f >= WORD_FREQUENCY && (best == null || f > best[2])) {
                    best = new int[] {b, b + len, f};
                }
            }
        }
        return best;
    }

    /**
     * Whether the word has a numeral other than at {@code k}: numbers and measures (一趟, 的一) are
     * productive and mostly outside the dictionary, so a "correction" into 一起 or 第一 is not trusted.
     */
    private static boolean numeralBeside(String w, int from, int to, int k) {
        for (int i = from; i < to; i++) {
            if (i != k && NUMERALS.indexOf(w.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Positions inside the desk's longer words and names, which the window test cannot see whole. */
    private boolean[] guarded(String t) {
        boolean[] out = new boolean[t.length()];
        if (longestDeskWord > LONGEST + 1) {
            for (String w : deskWords) {
                if (w.length() > LONGEST + 1) {
                    for (int i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
                        Arrays.fill(out, i, i + w.length(), true);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Drops suspects inside the names of people, places and organisations the segmenter recognises,
     * unless the correction is sure: HanLP also takes an unusual run of characters (金荣, 单为) for a
     * name, and a misspelling makes exactly such runs.
     */
    private static List<Suspect> names(String t, List<Suspect> suspects) {
        boolean[] name = new boolean[t.length()];
        int at = 0;
        for (Segmenter.Token token : Segmenter.tokens(t)) {
            int i = t.indexOf(token.word(), at);
            if (i < 0) {
                continue;
            }
            String pos = token.pos();
            if (pos.startsWith("nr") || pos.startsWith("ns") || pos.startsWith("nt")) {
                Arrays.fill(name, i, i + token.word().length(), true);
            }
            at = i + token.word().length();
        }
        List<Suspect> out = new ArrayList<>(suspects.size());
        for (Suspect s : suspects) {
            boolean inName = false;
            if (s.sure()) {
                out.add(s);
                continue;
            }
            for (int i = s.start(); i < s.end(); i++) {
                inName |= name[i];
            }
            if (!inName) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /** The log-probability of the window's best segmentation under the word bigram model. */
    private static double score(String s) {
        double total = Segmenter.generalTotal();
        int n = s.length();
        double[][] best = new double[n + 1][n + 1];
        String[][] word = new String[n + 1][n + 1];
        int[][] freq = new int[n + 1][n + 1];
        for (double[] row : best) {
            Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        for (int e = 1; e <= n; e++) {
            for (int b = Math.max(0, e - LONGEST); b < e; b++) {
                String w = s.substring(b, e);
                int f = CoreDictionary.getTermFrequency(w);
                double u = f > 0 ? Math.log(f / total) : w.length() == 1 ? Math.log(0.5 / total) : Double.NEGATIVE_INFINITY;
                if (u == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                word[e][b] = w;
                freq[e][b] = Math.max(1, f);
                if (b == 0) {
                    best[e][b] = u;
                    continue;
                }
                double m = Double.NEGATIVE_INFINITY;
                double pu = Math.exp(u);
                for (int pb = Math.max(0, b - LONGEST); pb < b; pb++) {
                    if (best[b][pb] == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    int bi = CoreBiGramTableDictionary.getBiFrequency(word[b][pb], w);
                    double p = Math.log(0.7 * bi / freq[b][pb] + 0.3 * pu);
                    m = Math.max(m, best[b][pb] + p);
                }
                best[e][b] = m;
            }
        }
        double r = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < n; b++) {
            r = Math.max(r, best[n][b]);
        }
        return r;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
