package org.copydesk.text.spelling;

import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.copydesk.domain.Script;
import org.copydesk.text.clean.CleanStep;
import org.copydesk.text.clean.ScriptConverter;
import org.copydesk.text.tagging.Segmenter;

/**
 * Finds 错别字: a character (or two side by side) where one of the same sound or a similar shape
 * makes the sentence clearly more likely.
 *
 * <p>The language models are SunPinyin's open-gram word trigrams ({@link WordTrigrams}) and HanLP's
 * People's Daily word bigrams: a window of text around each character is scored by its likeliest
 * segmentation, with the character and with each candidate (from the {@link ConfusionSets}, and the
 * characters of the same sound, {@link SoundAlikes}) that makes a word of the lexicon with its
 * neighbours; two neighbours are also tried together when the candidates make a two-character word
 * (毛衣 for 贸易). A correction's gain is the trigram model's plus half the bigram model's. The
 * likeliest correction of a sentence is taken first and the text around it scored again with it in
 * place, so a misspelling does not make its neighbours look wrong; then the next, while one clears
 * its threshold (lower for the rest of a sentence once a sure one is found). The desk's own words
 * (its dictionary, protected names, the keywords in use) and the pairs of characters its archive
 * writes often ({@link DeskUsage}) are never changed; nor are numerals and what follows them, Latin
 * text, Traditional characters and variant forms (other rules' findings). Inside what HanLP takes
 * for a name of a person, place or organisation a correction needs {@link #NAME_MARGIN} more and is
 * marked as such: the checker drops it where the article writes the name again.
 */
public final class SpellingModel {

    /**
     * A suspected misspelling: [start, end) of the text, what it says, what it likely should say; its
     * gain, how far above the bar it needed ({@code margin}), and whether it lies inside what HanLP
     * takes for the name of a person, place or organisation (an article that writes the name again
     * decides it is one).
     */
    public record Suspect(int start, int end, String wrong, String right, double gain, double margin, boolean name) {

        /** Whether it is {@link #SURE_MARGIN} or more above its bar: sure enough to be an error. */
        public boolean sure() {
            return margin >= SURE_MARGIN;
        }
    }

    /**
     * How the model judges one correction of one character, alone: left alone as another rule's or
     * after a numeral ({@code GUARDED}), not among its candidates, making no word with its neighbours,
     * found less likely, or found likelier by {@code gain} against the {@code need} to report it.
     */
    public record Judgement(Verdict verdict, double gain, double need) {
    }

    public enum Verdict { GUARDED, NO_CANDIDATE, NO_WORD, LESS_LIKELY, BELOW, ABOVE }

    /**
     * How much more likely the corrected window must be to report one character: the trigram
     * model's gain (natural log) and half of HanLP's bigram model's, added.
     */
    static final double GAIN = 16;
    /** The same for two characters side by side, which are wrong together more rarely. */
    static final double PAIR_GAIN = GAIN + 6;
    /** How much HanLP's bigram gain counts beside the trigram model's. */
    static final double SECOND_WEIGHT = 0.5;
    /**
     * How much more a correction needs where a known word covers the character: a real word is
     * changed into another less often than a non-word is mended.
     */
    static final double REAL_WORD = 4;
    /** How far above the gain it needs a finding must be to be sure enough to be an error. */
    static final double SURE_MARGIN = 8;
    /**
     * How much less every other correction of a sentence needs once a sure one is found there:
     * misspellings come together (a passage typed in a hurry, a bad scan).
     */
    static final double AFTER_SURE = 4;
    /**
     * How far above its bar a correction inside what HanLP takes for a name must be to be reported
     * at all: HanLP reads an unknown pair that begins with a surname's character (温步, 健设, 程果) as a
     * person's name, and a misspelling makes exactly such pairs.
     */
    static final double NAME_MARGIN = 2;
    /**
     * How much more a correction needs by how its characters are confused, a writer's slip as a
     * noisy channel (by {@link ConfusionSets}' kinds, then what only the input method's toneless
     * readings offer): the same syllable in the same tone is the commonest slip and needs least,
     * another tone a little more, a similar shape more, and the widest nets, a look-alike only by
     * its Cangjie code and a toneless sound-alike no confusion set lists, most.
     */
    private static final double[] CHANNEL = {-1, 0, 2, 4, 4};
    private static final int SOUND_ALIKE = 4;
    /** Characters each side of the position that the window takes. */
    private static final int REACH = 4;
    private static final int LONGEST = 4;
    private static final String NUMERALS = "一二三四五六七八九十百千万亿两零〇第几";
    /** The marks that end a sentence: each is corrected on its own. */
    private static final String ENDS = "。！？；!?;\n";
    private static final int CACHE = 4096;
    /** The desk's words up to this long are looked up at every position; longer ones are searched for. */
    private static final int LOOKED_UP = 8;

    private final ConfusionSets sets;
    private final Set<String> deskWords;
    private final DeskUsage usage;
    private final int longestDeskWord;
    private static final WordSet WORDS = WordSet.shipped();
    /** The site's conversion to Simplified, as the script rule applies it: what it changes is that rule's. */
    private static final ScriptConverter SIMPLIFIED = new ScriptConverter(Script.SIMPLIFIED);

    /** Each sentence's corrections: typing in a paragraph changes one sentence of it. */
    private final org.copydesk.text.RecentCache<String, List<Suspect>> sentences =
            new org.copydesk.text.RecentCache<>(CACHE, org.copydesk.text.RecentCache.TEXT, String::length);

    public SpellingModel(ConfusionSets sets, Set<String> deskWords, DeskUsage usage) {
        this.sets = sets;
        this.deskWords = Set.copyOf(deskWords);
        this.usage = usage;
        this.longestDeskWord = deskWords.stream().mapToInt(String::length).max().orElse(0);
        Segmenter.load();
    }

    /**
     * Reads the shipped language model and the input method's sound-alikes, which the first check
     * would otherwise read (about a second and 66 MB of heap; the checks run in the background).
     */
    public static void load() {
        WordTrigrams.shipped();
        SoundAlikes.shipped();
    }

    /** The model with the shipped confusion sets and nothing of the desk's. */
    public static SpellingModel general() {
        return new SpellingModel(ConfusionSets.shipped(), Set.of(), DeskUsage.NONE);
    }

    public DeskUsage usage() {
        return usage;
    }

    /** The suspected misspellings of a piece of text (a paragraph or a field), in order. */
    public List<Suspect> suspects(String t) {
        List<Suspect> out = new ArrayList<>();
        boolean[] guarded = guarded(t);
        int from = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || ENDS.indexOf(t.charAt(i)) >= 0) {
                int to = Math.min(t.length(), i + 1);
                if (to > from && anyOpen(t, guarded, from, to)) {
                    String s = t.substring(from, to);
                    List<Suspect> found = anyGuarded(guarded, from, to) ? sentence(s, Arrays.copyOfRange(guarded, from, to))
                            : sentences.get(s, x -> sentence(x, new boolean[x.length()]));
                    for (Suspect x : found) {
                        out.add(new Suspect(x.start() + from, x.end() + from, x.wrong(), x.right(), x.gain(), x.margin(), false));
                    }
                }
                from = to;
            }
        }
        if (out.isEmpty()) {
            return List.of();
        }
        return names(t, out);
    }

    private static boolean anyOpen(String t, boolean[] guarded, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!guarded[i] && isHan(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyGuarded(boolean[] guarded, int from, int to) {
        for (int i = from; i < to; i++) {
            if (guarded[i]) {
                return true;
            }
        }
        return false;
    }

    /** The corrections of one sentence, the likeliest first taken, each with the others in place. */
    private List<Suspect> sentence(String s, boolean[] fixed) {
        Sentence x = new Sentence(s, fixed);
        for (int i = 0; i < x.n; i++) {
            x.evaluate(i);
        }
        List<Taken> taken = new ArrayList<>();
        while (true) {
            int best = -1;
            for (int i = 0; i < x.n; i++) {
                if (x.margin[i] > 0 && (best < 0 || x.margin[i] > x.margin[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            int width = x.second[best] == 0 ? 1 : 2;
            taken.add(new Taken(best, width, x.gain[best], x.margin[best] - x.relief));
            x.text[best] = x.first[best];
            if (width == 2) {
                x.text[best + 1] = x.second[best];
            }
            for (int k = 0; k < width; k++) {
                x.fixed[best + k] = true;
                x.margin[best + k] = 0;
            }
            // the first sure correction lowers the bar for the rest of the sentence: look again at all of it
            boolean firstSure = x.relief == 0 && taken.get(taken.size() - 1).margin() >= SURE_MARGIN;
            if (firstSure) {
                x.relief = AFTER_SURE;
            }
            int from = firstSure ? 0 : Math.max(0, best - REACH - 1);
            int to = firstSure ? x.n : Math.min(x.n, best + width + REACH);
            for (int i = from; i < to; i++) {
                x.evaluate(i);
            }
        }
        if (taken.isEmpty()) {
            return List.of();
        }
        boolean[] changed = new boolean[x.n];
        for (Taken c : taken) {
            Arrays.fill(changed, c.at(), c.at() + c.width(), true);
        }
        List<Suspect> out = new ArrayList<>(taken.size());
        taken.sort((a, b) -> Integer.compare(a.at(), b.at()));
        for (Taken c : taken) {
            int[] span = c.width() == 2 ? new int[] {c.at(), c.at() + 2} : x.word(c.at(), changed);
            out.add(new Suspect(span[0], span[1], s.substring(span[0], span[1]), new String(x.text, span[0], span[1] - span[0]),
                    c.gain(), c.margin(), false));
        }
        return out;
    }

    /**
     * How the model judges putting {@code right} at {@code at} in a sentence, the rest of it as it
     * stands: what a measurement of its misses reads (given the right text, why was this not found).
     */
    public Judgement judge(String sentence, int at, char right) {
        Sentence x = new Sentence(sentence, guarded(sentence));
        x.probe = right;
        x.judged = new Judgement(Verdict.GUARDED, 0, 0);
        x.evaluate(at);
        return x.judged;
    }

    /** A correction taken: where, of how many characters, its gain and how far above the gain it needed. */
    private record Taken(int at, int width, double gain, double margin) {
    }

    /** One sentence being corrected: its characters as they stand, and the best change at each. */
    private final class Sentence {
        final char[] text;
        final int n;
        final boolean[] fixed;
        final double[] gain;
        final double[] margin;
        final char[] first;
        final char[] second;
        /** How much less than its threshold a correction needs here ({@link #AFTER_SURE} after a sure one). */
        double relief;
        /** A correction being judged ({@link #judge}), and the judgement once {@link #evaluate} has reached it. */
        char probe;
        Judgement judged;
        private final WordTrigrams model = WordTrigrams.shipped();
        private final SoundAlikes alikes = SoundAlikes.shipped();
        private final com.hankcs.hanlp.dictionary.py.Pinyin[] readings;

        Sentence(String s, boolean[] fixed) {
            this.text = s.toCharArray();
            // a Traditional character is the script rule's (on a Simplified site it is converted, not
            // corrected), a variant form the variant rule's
            String simplified = SIMPLIFIED.apply(s, new CleanStep.Counter());
            VariantForms variants = VariantForms.shipped();
            for (int i = 0; i < text.length; i++) {
                fixed[i] |= simplified.length() == text.length && simplified.charAt(i) != text[i] || variants.standard(text[i]) != 0;
            }
            this.readings = SoundAlikes.readings(s);
            this.n = text.length;
            this.fixed = fixed;
            this.gain = new double[n];
            this.margin = new double[n];
            this.first = new char[n];
            this.second = new char[n];
        }

        /**
         * The best correction at {@code i}, alone or with its right neighbour, and its margin over
         * the gain it needs: more where a known word already covers the character (a real word is
         * changed into another less often than a non-word is mended).
         */
        void evaluate(int i) {
            margin[i] = 0;
            char x = text[i];
            if (fixed[i] || !isHan(x) || NUMERALS.indexOf(x) >= 0 || i > 0 && numeral(text[i - 1])) {
                return;
            }
            char[] listed = sets.candidates(x);
            byte[] kinds = sets.kinds(x);
            char[] cs = union(listed, alikes.chars(readings[i]), x);
            if (probe != 0) {
                judged = new Judgement(contains(cs, probe) ? Verdict.NO_WORD : Verdict.NO_CANDIDATE, 0, 0);
            }
            if (cs.length == 0) {
                return;
            }
            int lo = Math.max(0, i - REACH);
            boolean pairs = i + 1 < n && !fixed[i + 1] && isHan(text[i + 1]) && NUMERALS.indexOf(text[i + 1]) < 0;
            int hi = Math.min(n, i + REACH + 1);
            int hi2 = Math.min(n, i + REACH + 2);
            char[] win = Arrays.copyOfRange(text, lo, pairs ? hi2 : hi);
            String before = new String(win);
            int k = i - lo;
            Scores base = new Scores(before, lo, hi);
            boolean known = covered(before, k);
            int[] starts = new int[LONGEST];
            int count = starts(before, k, starts);
            for (int j = 0; j < cs.length; j++) {
                char c = cs[j];
                win[k] = c;
                String after = new String(win);
                if (makesWord(after, k, starts, count)) {
                    double channel = CHANNEL[j < listed.length ? kinds[j] : SOUND_ALIKE];
                    double g = base.gain(after);
                    double need = (known ? GAIN + REAL_WORD : GAIN) + channel;
                    consider(i, g, need, c, (char) 0);
                    if (c == probe) {
                        judged = new Judgement(g == Double.NEGATIVE_INFINITY ? Verdict.LESS_LIKELY
                                : g - need + relief > 0 ? Verdict.ABOVE : Verdict.BELOW, g, need - relief);
                    }
                }
            }
            win[k] = x;
            if (!pairs) {
                return;
            }
            // a look-alike corrects one character; two side by side are what an input method's
            // wrong entry gives, of the same sound or pycorrector's shapes
            char[] next = sets.paired(text[i + 1]);
            char[] pairable = sets.paired(x) == listed ? cs : union(sets.paired(x), alikes.chars(readings[i]), x);
            char[] same = alikes.words(readings[i], readings[i + 1]);
            Scores base2 = new Scores(before, lo, hi2);
            double needPair = known || covered(before, k + 1) ? PAIR_GAIN + REAL_WORD : PAIR_GAIN;
            for (int w = 0; w + 1 < same.length; w += 2) {
                if (same[w] == x || same[w + 1] == text[i + 1] || contains(next, same[w + 1]) && contains(pairable, same[w])) {
                    continue;
                }
                win[k] = same[w];
                win[k + 1] = same[w + 1];
                consider(i, base2.gain(new String(win)), needPair, same[w], same[w + 1]);
            }
            for (char c : pairable) {
                for (char d : model.followers(c)) {
                    if (contains(next, d)) {
                        win[k] = c;
                        win[k + 1] = d;
                        consider(i, base2.gain(new String(win)), needPair, c, d);
                    }
                }
            }
        }

        private void consider(int i, double g, double need, char c, char d) {
            if (g - need + relief > margin[i]) {
                margin[i] = g - need + relief;
                gain[i] = g;
                first[i] = c;
                second[i] = d;
            }
        }

        /**
         * A window's scores under both models, and how much likelier a changed window is: the
         * trigram model's gain and {@link #SECOND_WEIGHT} of HanLP's, or nothing when the trigram
         * model finds it less likely (HanLP's bigrams alone are not trusted to correct).
         */
        private final class Scores {
            private final int lo;
            private final int hi;
            private final double trigram;
            private double bigram = Double.NaN;
            private final String before;

            Scores(String window, int lo, int hi) {
                this.lo = lo;
                this.hi = hi;
                this.before = window.substring(0, hi - lo);
                this.trigram = score(before, lo, hi);
            }

            double gain(String window) {
                String after = window.substring(0, hi - lo);
                double t = score(after, lo, hi) - trigram;
                if (t < 0) {
                    return Double.NEGATIVE_INFINITY;
                }
                if (Double.isNaN(bigram)) {
                    bigram = SpellingModel.score(before);
                }
                return t + SECOND_WEIGHT * (SpellingModel.score(after) - bigram);
            }
        }

        /** Scores {@code w}, the window of the sentence from {@code lo}, up to {@code hi}. */
        private double score(String w, int lo, int hi) {
            return model.score(w, 0, hi - lo, lo == 0, hi == n);
        }

        /** Whether a known word of two to five characters in the window covers position {@code k}. */
        private boolean covered(String w, int k) {
            for (int len = 2; len <= LONGEST + 1; len++) {
                for (int b = Math.max(0, k - len + 1); b <= k && b + len <= w.length(); b++) {
                    String s = w.substring(b, b + len);
                    if (CoreDictionary.getTermFrequency(s) > 0 || CustomDictionary.contains(s) || WORDS.contains(w, b, b + len)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Whether the character at {@code k} is part of a word of two to four characters; {@code
         * starts} are the positions before {@code k} whose characters up to it begin some word.
         */
        private boolean makesWord(String t, int k, int[] starts, int count) {
            for (int j = 0; j <= count; j++) {
                int b = j < count ? starts[j] : k;
                for (int e = k + 1; e <= Math.min(t.length(), b + LONGEST); e++) {
                    int id = model.words().lookup(t, b, e);
                    if (id == WordTrigrams.WordIds.NONE) {
                        break;
                    }
                    if (id >= 0 && e - b >= 2) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The positions before {@code k} (at most three back) from which the characters up to it begin a word. */
        private int starts(String t, int k, int[] out) {
            int count = 0;
            for (int b = Math.max(0, k - LONGEST + 1); b < k; b++) {
                if (model.words().lookup(t, b, k) != WordTrigrams.WordIds.NONE) {
                    out[count++] = b;
                }
            }
            return count;
        }

        /**
         * The word the correction at {@code i} makes, as [start, end): of the words of two (else three,
         * four) characters covering it that hold no other correction, the most frequent; else the
         * character alone.
         */
        int[] word(int i, boolean[] changed) {
            String t = new String(text);
            for (int len = 2; len <= LONGEST; len++) {
                int[] best = null;
                double bestP = Double.NEGATIVE_INFINITY;
                for (int b = Math.max(0, i - len + 1); b <= i && b + len <= n; b++) {
                    int id = model.id(t, b, b + len);
                    if (id < 0 || otherChange(changed, b, b + len, i)) {
                        continue;
                    }
                    double p = model.unigram(id);
                    if (p > bestP) {
                        bestP = p;
                        best = new int[] {b, b + len};
                    }
                }
                if (best != null) {
                    return best;
                }
            }
            return new int[] {i, i + 1};
        }

        private boolean otherChange(boolean[] changed, int from, int to, int i) {
            for (int k = from; k < to; k++) {
                if (k != i && changed[k]) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Whether {@code c} is a numeral: what follows one is a measure (一役, 第三坎, 110米栏), productive
     * and mostly outside every lexicon, so it is never corrected.
     */
    private static boolean numeral(char c) {
        return NUMERALS.indexOf(c) >= 0 || Character.isDigit(c);
    }

    /** The characters of both lists, each once, without {@code self}. */
    private static char[] union(char[] a, char[] b, char self) {
        if (b.length == 0) {
            return a;
        }
        StringBuilder out = new StringBuilder(a.length + b.length).append(a);
        for (char c : b) {
            if (c != self && !contains(a, c)) {
                out.append(c);
            }
        }
        return out.toString().toCharArray();
    }

    private static boolean contains(char[] cs, char c) {
        for (char x : cs) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }

    /**
     * Positions never changed: inside the desk's words and names, and in the pairs of characters its
     * archive writes often.
     */
    private boolean[] guarded(String t) {
        boolean[] out = new boolean[t.length()];
        int shortLimit = Math.min(longestDeskWord, LOOKED_UP);
        for (int b = 0; b < t.length() && shortLimit >= 2; b++) {
            for (int len = 2; len <= shortLimit && b + len <= t.length(); len++) {
                if (deskWords.contains(t.substring(b, b + len))) {
                    Arrays.fill(out, b, b + len, true);
                }
            }
        }
        if (longestDeskWord > LOOKED_UP) {
            for (String w : deskWords) {
                if (w.length() > LOOKED_UP) {
                    for (int i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
                        Arrays.fill(out, i, i + w.length(), true);
                    }
                }
            }
        }
        for (int i = 0; i + 1 < t.length(); i++) {
            if (usage.often(t.charAt(i), t.charAt(i + 1))) {
                out[i] = true;
                out[i + 1] = true;
            }
        }
        return out;
    }

    /**
     * Marks the suspects inside the names of people, places and organisations the segmenter
     * recognises, and drops those less than {@link #NAME_MARGIN} above their bar; a sure one stands as
     * it is. HanLP also takes an unusual run of characters (金荣, 健设) for a name, and a misspelling
     * makes exactly such runs: which it is, the article tells (a name is written again).
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
            } else if (s.margin() >= NAME_MARGIN) {
                out.add(new Suspect(s.start(), s.end(), s.wrong(), s.right(), s.gain(), s.margin(), true));
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
