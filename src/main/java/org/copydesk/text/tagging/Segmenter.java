package org.copydesk.text.tagging;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Chinese word segmentation with HanLP, and the desk's own words added to its dictionary so that
 * 国际司, 人类命运共同体, 两个维护 and names stay whole. HanLP reads its data from its jar; loading takes
 * about half a second, so the window loads it on a background thread at start-up.
 */
public final class Segmenter {

    /** A word and its part of speech (HanLP's tag set: n noun, v verb, nr person, ns place…). */
    public record Token(String word, String pos) {
    }

    private static volatile Segment segment;

    private Segmenter() {
    }

    /** Loads HanLP's dictionaries; safe to call from several threads, cheap after the first time. */
    public static Segment load() {
        Segment s = segment;
        if (s == null) {
            synchronized (Segmenter.class) {
                s = segment;
                if (s == null) {
                    HanLP.Config.enableDebug(false);
                    s = HanLP.newSegment().enableCustomDictionary(true).enableOffset(false);
                    s.seg("预热");
                    segment = s;
                }
            }
        }
        return s;
    }

    /** Adds words to the segmenter's dictionary (the desk vocabulary, the profile's terms). */
    public static void addWords(Collection<String> words) {
        load();
        synchronized (Segmenter.class) {
            for (String w : words) {
                String word = w.strip();
                // a sentence typed into the keyword field is no word
                if (word.length() >= 2 && word.length() <= LearnedKeywords.LONGEST && !word.contains(" ")
                        && CustomDictionary.get(word) == null) {
                    CustomDictionary.insert(word, "nz 1024");
                }
            }
        }
    }

    public static List<Token> tokens(String text) {
        List<Term> terms = load().seg(text);
        List<Token> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            out.add(new Token(t.word, t.nature == null ? "" : t.nature.toString()));
        }
        return out;
    }

    public static boolean isStopWord(String word) {
        load();
        return CoreStopWordDictionary.contains(word);
    }

    /** How often the word occurs in HanLP's general corpus (0 if it is not in the core dictionary). */
    public static int generalFrequency(String word) {
        load();
        return CoreDictionary.getTermFrequency(word);
    }

    /** The word's commonest part of speech in HanLP's core dictionary, or empty if it is not there. */
    public static String nature(String word) {
        load();
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null || a.nature.length == 0) {
            return "";
        }
        int best = 0;
        for (int i = 1; i < a.nature.length; i++) {
            if (a.frequency[i] > a.frequency[best]) {
                best = i;
            }
        }
        return a.nature[best].toString();
    }

    private static volatile long total;

    /** The total of all frequencies in HanLP's general corpus (summed once). */
    public static long generalTotal() {
        long t = total;
        if (t == 0) {
            load();
            long sum = 0;
            for (int i = 0; i < CoreDictionary.trie.size(); i++) {
                CoreDictionary.Attribute a = CoreDictionary.trie.getValueAt(i);
                if (a != null) {
                    sum += a.totalFrequency;
                }
            }
            t = Math.max(1, sum);
            total = t;
        }
        return t;
    }
}
