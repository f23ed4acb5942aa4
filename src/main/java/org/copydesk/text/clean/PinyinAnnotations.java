package org.copydesk.text.clean;

import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step 2: removes pinyin annotations such as {@code 協(xié)商}: a parenthesised single pinyin syllable
 * (with or without tone marks or a tone number) directly after a Han character. {@code (WHO)},
 * {@code (2021)}, {@code (试读)}, {@code (xinhua)} and full-width brackets stay. A bare one-letter
 * vowel such as {@code (a)} stays too: it is a list label far more often than an annotation.
 */
public final class PinyinAnnotations implements CleanStep {

    private static final Pattern ANNOTATION = Pattern.compile("(?<=\\p{IsHan})\\(([\\p{L}\\p{M}]{1,7}[1-5]?)\\)");
    private static final Set<String> SYLLABLES = syllables();

    private static Set<String> syllables() {
        Set<String> out = new HashSet<>();
        for (Pinyin p : Pinyin.values()) {
            String s = p.getPinyinWithoutTone();
            if (!s.equals("none")) {
                out.add(s.replace("ü", "v"));
            }
        }
        return out;
    }

    @Override
    public String id() {
        return "pinyin";
    }

    /** A pinyin annotation: the parenthesised syllable at [start, end), right after its Han character. */
    public record Annotation(int start, int end) {
    }

    /** Every pinyin annotation in the text, in order. */
    public static List<Annotation> find(String text) {
        if (text.indexOf('(') < 0) {
            return List.of();
        }
        List<Annotation> out = new ArrayList<>();
        Matcher m = ANNOTATION.matcher(text);
        while (m.find()) {
            if (isSyllable(m.group(1))) {
                out.add(new Annotation(m.start(), m.end()));
            }
        }
        return out;
    }

    @Override
    public String apply(String text, Counter changes) {
        List<Annotation> found = find(text);
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Annotation a : found) {
            out.append(text, at, a.start());
            at = a.end();
        }
        out.append(text, at, text.length());
        changes.add(found.size());
        return out.toString();
    }

    /** True for one pinyin syllable: lower case, tone marks or a tone number allowed. */
    public static boolean isSyllable(String s) {
        if (!s.equals(s.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        boolean toneMark = decomposed.chars().anyMatch(c -> c >= 0x0300 && c <= 0x036F && c != 0x0308);
        boolean toneNumber = Character.isDigit(s.charAt(s.length() - 1));
        String bare = decomposed.replaceAll("[\\u0300-\\u0307\\u0309-\\u036F]", "")
                .replace("u\u0308", "v").replaceAll("[1-5]$", "");
        if (!bare.matches("[a-z]+")) {
            return false;
        }
        if (bare.length() == 1 && !toneMark && !toneNumber) {
            return false;
        }
        return SYLLABLES.contains(bare);
    }
}
