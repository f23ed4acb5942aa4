package org.copydesk.text.spelling;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a pinyin input method offers for the same keys: the common characters, and the words of two
 * characters of the trigram model's lexicon, that read the same without tones (HanLP's pinyin). A
 * writer who picks the wrong entry from the input method's list types 毛衣 for 贸易 or 上午 for 商务: a
 * whole word of the same sound, which no one-character confusion finds.
 */
final class SoundAlikes {

    private static final char[] NONE = new char[0];

    /** By toneless syllable: the common characters that read so. */
    private final Map<String, char[]> chars;
    /** By two toneless syllables: the two-character words that read so, one after another. */
    private final Map<String, char[]> words;

    private SoundAlikes(Map<String, char[]> chars, Map<String, char[]> words) {
        this.chars = chars;
        this.words = words;
    }

    static SoundAlikes shipped() {
        return Shipped.ALIKES;
    }

    private static final class Shipped {
        static final SoundAlikes ALIKES = build(ConfusionSets.shipped(), WordTrigrams.shipped());
    }

    static SoundAlikes build(ConfusionSets sets, WordTrigrams model) {
        Map<String, StringBuilder> byChar = new HashMap<>();
        for (char c = '\u4e00'; c <= '\u9fff'; c++) {
            if (sets.common(c)) {
                String p = syllable(c);
                if (p != null) {
                    byChar.computeIfAbsent(p, k -> new StringBuilder()).append(c);
                }
            }
        }
        Map<String, StringBuilder> byWord = new HashMap<>();
        for (int id = 0; id < model.size(); id++) {
            String w = model.word(id);
            if (w.length() == 2 && sets.common(w.charAt(0)) && sets.common(w.charAt(1))) {
                List<Pinyin> p = HanLP.convertToPinyinList(w);
                if (p.size() == 2 && p.get(0) != Pinyin.none5 && p.get(1) != Pinyin.none5) {
                    byWord.computeIfAbsent(key(p.get(0), p.get(1)), k -> new StringBuilder()).append(w);
                }
            }
        }
        return new SoundAlikes(pack(byChar), pack(byWord));
    }

    private static Map<String, char[]> pack(Map<String, StringBuilder> m) {
        Map<String, char[]> out = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> out.put(k, v.toString().toCharArray()));
        return out;
    }

    private static String syllable(char c) {
        List<Pinyin> p = HanLP.convertToPinyinList(String.valueOf(c));
        return p.isEmpty() || p.get(0) == Pinyin.none5 ? null : p.get(0).getPinyinWithoutTone();
    }

    private static String key(Pinyin a, Pinyin b) {
        return a.getPinyinWithoutTone() + ' ' + b.getPinyinWithoutTone();
    }

    /** The reading of each character of a sentence, in context (null where it has none). */
    static Pinyin[] readings(String sentence) {
        List<Pinyin> p = HanLP.convertToPinyinList(sentence);
        Pinyin[] out = new Pinyin[sentence.length()];
        for (int i = 0; i < out.length && i < p.size(); i++) {
            out[i] = p.get(i) == Pinyin.none5 ? null : p.get(i);
        }
        return out;
    }

    /** The common characters that read as {@code p} does, tones aside. */
    char[] chars(Pinyin p) {
        return p == null ? NONE : chars.getOrDefault(p.getPinyinWithoutTone(), NONE);
    }

    /** The two-character words that read as {@code a b} do, as pairs of characters one after another. */
    char[] words(Pinyin a, Pinyin b) {
        return a == null || b == null ? NONE : words.getOrDefault(key(a, b), NONE);
    }
}
