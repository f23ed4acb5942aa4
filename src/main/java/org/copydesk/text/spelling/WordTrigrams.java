package org.copydesk.text.spelling;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.copydesk.text.tagging.PackedWords;

/**
 * A back-off word trigram model of modern written Chinese: SunPinyin's open-gram model (its
 * {@code lm_sc.t3g}, trained on a large general corpus) and its lexicon of about 84,000 words, read
 * from {@code resources/spelling/open-gram/}.
 *
 * <p>The model file is SunPinyin's own threaded layout (read as its {@code CThreadSlm} reads it):
 * little-endian {@code N}, whether probabilities are logarithms, the size of each level, a table
 * of 65,536 probabilities and 16,384 back-off weights, then the nodes of each level (12 bytes: word
 * id, back-off weight index, probability index, first child, back-off node and level) and the
 * leaves of level {@code N} (8 bytes). A node's children are the nodes from its first child to the
 * next node's first child, sorted by word id. A state is a (level, index) pair; reading a word from
 * a state walks back along the back-off links until the word is found as a child.
 */
final class WordTrigrams {

    /** A state, packed: level in the high bits, index in the low 32. */
    static final long START = state(0, 0);
    /** The word id SunPinyin gives the start and end of a sentence. */
    static final int SENTENCE = 10;
    /** The log-probability taken for a character the lexicon does not know. */
    static final double UNKNOWN = Math.log(1e-9);

    private final int n;
    private final float[] logPr;
    private final float[] logBow;
    /** Levels 0..n-1: three ints a node. */
    private final int[][] nodes;
    /** Level n: two ints a leaf. */
    private final int[] leaves;
    private final WordIds words;

    private WordTrigrams(int n, float[] logPr, float[] logBow, int[][] nodes, int[] leaves, WordIds words) {
        this.n = n;
        this.logPr = logPr;
        this.logBow = logBow;
        this.nodes = nodes;
        this.leaves = leaves;
        this.words = words;
    }

    /** The shipped model, read once, the first time it is asked for. */
    static WordTrigrams shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        static final WordTrigrams MODEL = read("/spelling/open-gram/lm_sc.t3g.gz", "/spelling/open-gram/words.txt.gz");
    }

    static WordTrigrams read(String model, String lexicon) {
        try {
            WordIds ids = WordIds.read(bytes(lexicon));
            return parse(ByteBuffer.wrap(bytes(model)).order(ByteOrder.LITTLE_ENDIAN), ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream raw = WordTrigrams.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing " + resource);
            }
            try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
                in.transferTo(out);
                return out.toByteArray();
            }
        }
    }

    static WordTrigrams parse(ByteBuffer b, WordIds words) {
        int n = b.getInt();
        if (n < 1 || n > 3) {
            throw new IllegalStateException("not a word n-gram model: N = " + n);
        }
        boolean logs = b.getInt() != 0;
        int[] sizes = new int[n + 1];
        long total = 0;
        for (int i = 0; i <= n; i++) {
            sizes[i] = b.getInt();
            total += i < n ? 12L * sizes[i] : 8L * sizes[i];
        }
        float[] pr = new float[1 << 16];
        float[] bow = new float[1 << 14];
        b.asFloatBuffer().get(pr);
        b.position(b.position() + 4 * pr.length);
        b.asFloatBuffer().get(bow);
        b.position(b.position() + 4 * bow.length);
        if (b.remaining() != total) {
            throw new IllegalStateException("model file is " + b.remaining() + " bytes after its tables, its levels say " + total);
        }
        float[] logPr = new float[pr.length];
        float[] logBow = new float[bow.length];
        for (int i = 0; i < pr.length; i++) {
            logPr[i] = logs ? -pr[i] : (float) Math.log(pr[i]);
        }
        for (int i = 0; i < bow.length; i++) {
            logBow[i] = logs ? -bow[i] : (float) Math.log(bow[i]);
        }
        IntBuffer ints = b.asIntBuffer();
        int[][] nodes = new int[n][];
        for (int l = 0; l < n; l++) {
            nodes[l] = new int[3 * sizes[l]];
            ints.get(nodes[l]);
        }
        int[] leaves = new int[2 * sizes[n]];
        ints.get(leaves);
        return new WordTrigrams(n, logPr, logBow, nodes, leaves, words);
    }

    static long state(int level, int index) {
        return ((long) level << 32) | (index & 0xFFFFFFFFL);
    }

    private static int level(long state) {
        return (int) (state >>> 32);
    }

    private static int index(long state) {
        return (int) state;
    }

    // node fields (little-endian bit fields, as SunPinyin lays them out)
    private static int wid(int w0) {
        return w0 & 0x3FFFF;
    }

    private static int bowIndex(int w0) {
        return w0 >>> 18;
    }

    private static int prIndex(int w1) {
        return w1 & 0xFFFF;
    }

    private static int child(int[] level, int i) {
        return (level[3 * i + 1] >>> 16) | ((level[3 * i + 2] >>> 25) << 16);
    }

    private static int backoffNode(int w) {
        return w & 0x7FFFFF;
    }

    private static int backoffLevel(int w) {
        return (w >>> 23) & 0x3;
    }

    /** The id of a word of the lexicon, or -1. */
    int id(CharSequence text, int from, int to) {
        return words.id(text, from, to);
    }

    WordIds words() {
        return words;
    }

    /** The log-probability of a word with no context. */
    double unigram(int wid) {
        return next(START, wid, new long[1]);
    }

    /** The characters that follow {@code c} in the lexicon's words of two Chinese characters. */
    char[] followers(char c) {
        return words.followers(c);
    }

    /** The word with that id. */
    String word(int id) {
        return words.word(id);
    }

    /** How many words the lexicon has (ids run from 0). */
    int size() {
        return words.size();
    }

    /**
     * The log-probability of word {@code wid} after the state {@code from}; the state the model is
     * in after it goes to {@code next[0]} (already made a history: a leaf or a childless node backs
     * off to the state its history continues from).
     */
    double next(long from, int wid, long[] next) {
        int lvl = level(from);
        int pos = lvl == 0 ? 0 : index(from);
        double cost = 0;
        while (true) {
            int[] here = nodes[lvl];
            int head = child(here, pos);
            int tail = child(here, pos + 1);
            if (lvl < n - 1) {
                int[] below = nodes[lvl + 1];
                int at = find(below, 3, head, tail, wid);
                if (at >= 0) {
                    next[0] = historify(lvl + 1, at);
                    return cost + logPr[prIndex(below[3 * at + 1])];
                }
            } else {
                int at = find(leaves, 2, head, tail, wid);
                if (at >= 0) {
                    next[0] = state(backoffLevel(leaves[2 * at + 1]), backoffNode(leaves[2 * at + 1]));
                    int w0 = leaves[2 * at];
                    int w1 = leaves[2 * at + 1];
                    return cost + logPr[(w0 >>> 18) | ((w1 >>> 30) << 14)];
                }
            }
            cost += logBow[bowIndex(here[3 * pos])];
            if (lvl == 0) {
                break;
            }
            int w2 = here[3 * pos + 2];
            lvl = backoffLevel(w2);
            pos = backoffNode(w2);
        }
        next[0] = START;
        return cost + logPr[prIndex(nodes[0][1])];
    }

    private long historify(int lvl, int i) {
        int[] level = nodes[lvl];
        if (child(level, i) == child(level, i + 1)) {
            int w2 = level[3 * i + 2];
            return state(backoffLevel(w2), backoffNode(w2));
        }
        return state(lvl, i);
    }

    /** The states each position of a segmentation keeps. */
    private static final int BEAM = 6;
    /** Words longer than this are not looked for (the lexicon's longest are rare names). */
    private static final int LONGEST = 8;

    /**
     * The log-probability of the likeliest segmentation of {@code text[from, to)} into words of the
     * lexicon, a character it does not know costing {@link #UNKNOWN}; from the start of a sentence
     * (or from no context) and to its end (or not).
     */
    double score(CharSequence text, int from, int to, boolean sentenceStart, boolean sentenceEnd) {
        int len = to - from;
        long[][] st = new long[len + 1][BEAM];
        double[][] sc = new double[len + 1][BEAM];
        int[] count = new int[len + 1];
        long[] next = new long[1];
        long start = START;
        if (sentenceStart) {
            next(START, SENTENCE, next);
            start = next[0];
        }
        st[0][0] = start;
        count[0] = 1;
        int longest = Math.min(LONGEST, words.longest());
        for (int p = 0; p < len; p++) {
            if (count[p] == 0) {
                continue;
            }
            boolean any = false;
            for (int l = 1; l <= longest && p + l <= len; l++) {
                int wid = words.lookup(text, from + p, from + p + l);
                if (wid == WordIds.NONE) {
                    break;
                }
                if (wid < 0) {
                    continue;
                }
                any |= l == 1;
                for (int k = 0; k < count[p]; k++) {
                    double s = sc[p][k] + next(st[p][k], wid, next);
                    keep(st[p + l], sc[p + l], count, p + l, next[0], s);
                }
            }
            if (!any) {
                for (int k = 0; k < count[p]; k++) {
                    keep(st[p + 1], sc[p + 1], count, p + 1, START, sc[p][k] + UNKNOWN);
                }
            }
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < count[len]; k++) {
            double s = sc[len][k] + (sentenceEnd ? next(st[len][k], SENTENCE, next) : 0);
            best = Math.max(best, s);
        }
        return best;
    }

    /** Puts a state into a position's beam: the same state keeps its best score, a full beam its best. */
    private static void keep(long[] st, double[] sc, int[] count, int p, long state, double s) {
        int c = count[p];
        for (int k = 0; k < c; k++) {
            if (st[k] == state) {
                if (s > sc[k]) {
                    sc[k] = s;
                }
                return;
            }
        }
        if (c < st.length) {
            st[c] = state;
            sc[c] = s;
            count[p] = c + 1;
            return;
        }
        int worst = 0;
        for (int k = 1; k < c; k++) {
            if (sc[k] < sc[worst]) {
                worst = k;
            }
        }
        if (s > sc[worst]) {
            st[worst] = state;
            sc[worst] = s;
        }
    }

    private static int find(int[] level, int stride, int head, int tail, int wid) {
        int lo = head;
        int hi = tail;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            int w = wid(level[stride * m]);
            if (w < wid) {
                lo = m + 1;
            } else if (w > wid) {
                hi = m;
            } else {
                return m;
            }
        }
        return -1;
    }

    /**
     * The words of the lexicon by id. Words of up to four characters are packed into longs in an
     * open-addressed table that also marks every prefix of a word, so a segmentation stops extending
     * a word as soon as no word begins that way; longer words (a few hundred names) sit in a map.
     */
    static final class WordIds {
        /** What a lookup answers when no word begins with the characters. */
        static final int NONE = -2;
        /** What it answers when words begin with them but they are not one. */
        static final int PREFIX = -1;
        private static final int LONGER = 1 << 30;
        private static final int ID = LONGER - 1;
        private static final int EMPTY_SLOT = -1;
        private static final char[] NO_CHARS = new char[0];

        private final String[] byId;
        /**
         * Two longs a slot, side by side so a lookup reads one cache line: the packed characters, and
         * the word's id + 1 (0 when the characters only begin words) with {@link #LONGER}.
         */
        private final long[] table;
        private final int mask;
        private final java.util.Map<String, Integer> longer = new java.util.HashMap<>();
        private final java.util.Map<Character, char[]> followers = new java.util.HashMap<>();
        private final int longest;

        private WordIds(String[] byId) {
            this.byId = byId;
            int size = Integer.highestOneBit(Math.max(16, byId.length * 4)) << 1;
            table = new long[2 * size];
            mask = size - 1;
            for (int i = 1; i < table.length; i += 2) {
                table[i] = EMPTY_SLOT;
            }
            int max = 0;
            for (int id = 0; id < byId.length; id++) {
                String w = byId[id];
                if (w.isEmpty() || w.codePoints().count() != w.length()) {
                    continue;
                }
                max = Math.max(max, w.length());
                for (int l = 1; l <= Math.min(4, w.length()); l++) {
                    long k = PackedWords.key(w, 0, l);
                    int slot = slot(k);
                    int v = value(slot) == EMPTY_SLOT ? 0 : value(slot);
                    if (l == w.length() && (v & ID) == 0) {
                        v |= id + 1;
                    }
                    if (l == 4 && w.length() > 4) {
                        v |= LONGER;
                    }
                    table[2 * slot] = k;
                    table[2 * slot + 1] = v;
                }
                if (w.length() > 4) {
                    longer.putIfAbsent(w, id);
                }
            }
            this.longest = max;
            java.util.Map<Character, StringBuilder> next = new java.util.HashMap<>();
            for (String w : byId) {
                if (w.length() == 2 && SpellingModel.isHan(w.charAt(0)) && SpellingModel.isHan(w.charAt(1))) {
                    next.computeIfAbsent(w.charAt(0), k -> new StringBuilder()).append(w.charAt(1));
                }
            }
            next.forEach((c, b) -> followers.put(c, b.toString().toCharArray()));
        }

        char[] followers(char c) {
            return followers.getOrDefault(c, NO_CHARS);
        }

        private int slot(long k) {
            int h = (int) ((k * 0x9E3779B97F4A7C15L) >>> 40) & mask;
            while (table[2 * h + 1] != EMPTY_SLOT && table[2 * h] != k) {
                h = (h + 1) & mask;
            }
            return h;
        }

        private int value(int slot) {
            return (int) table[2 * slot + 1];
        }

        /** The lexicon as text: the word of id {@code i} on line {@code i + 1}. */
        static WordIds read(byte[] utf8) {
            String all = new String(utf8, StandardCharsets.UTF_8);
            String[] lines = all.split("\n", -1);
            int count = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
            return new WordIds(Arrays.copyOf(lines, count));
        }

        /** The id of {@code text[from, to)}, or {@link #PREFIX} or {@link #NONE}. */
        int lookup(CharSequence text, int from, int to) {
            int len = to - from;
            if (len <= 4) {
                int v = value(slot(PackedWords.key(text, from, to)));
                return v == EMPTY_SLOT ? NONE : (v & ID) == 0 ? PREFIX : (v & ID) - 1;
            }
            int v = value(slot(PackedWords.key(text, from, from + 4)));
            if (v == EMPTY_SLOT || (v & LONGER) == 0) {
                return NONE;
            }
            Integer id = longer.get(text.subSequence(from, to).toString());
            return id == null ? PREFIX : id;
        }

        int id(CharSequence text, int from, int to) {
            int v = lookup(text, from, to);
            return v < 0 ? -1 : v;
        }

        String word(int id) {
            return byId[id];
        }

        int size() {
            return byId.length;
        }

        int longest() {
            return longest;
        }
    }
}
