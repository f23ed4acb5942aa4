package org.copydesk.text.clean;

import com.hankcs.hanlp.HanLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.copydesk.domain.Script;

/**
 * Step 3: converts text to the site's script with HanLP's phrase-aware conversion (with the desk's
 * overrides from {@code resources/text/t2s-overrides.txt}, where HanLP changes words rather than
 * script, as in 方程式 → 方程序), then applies
 * mainland usage for 著: in Traditional text 著 stands both for 着 (着力, 着重, 看着) and for 著
 * (著作, 显著, 原著); HanLP and OpenCC both leave it as 著. We turn it into 着 except in the words
 * listed in {@code resources/text/zhu-words.txt}, where it keeps its own sound and meaning.
 */
public final class ScriptConverter implements CleanStep {

    private static final List<String> ZHU_WORDS = loadZhuWords();
    private static final List<String[]> OVERRIDES = loadOverrides();
    /** Marks an overridden phrase while HanLP converts the rest; these code points are unassigned. */
    private static final char OPEN = '\uFFF0';
    private static final char CLOSE = '\uFFF1';
    private final Script target;

    public ScriptConverter(Script target) {
        this.target = target;
    }

    private static List<String> loadZhuWords() {
        try (InputStream in = ScriptConverter.class.getResourceAsStream("/text/zhu-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing /text/zhu-words.txt");
            }
            List<String> words = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    String w = line.strip();
                    if (!w.isEmpty() && !w.startsWith("#") && w.contains("著")) {
                        words.add(w);
                    }
                }
            }
            words.sort(Comparator.comparingInt(String::length).reversed());
            return List.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code resources/text/t2s-overrides.txt}: traditional=simplified pairs, longest first. */
    private static List<String[]> loadOverrides() {
        try (InputStream in = ScriptConverter.class.getResourceAsStream("/text/t2s-overrides.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing /text/t2s-overrides.txt");
            }
            List<String[]> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    String l = line.strip();
                    int eq = l.indexOf('=');
                    if (!l.isEmpty() && !l.startsWith("#") && eq > 0) {
                        out.add(new String[] {l.substring(0, eq).strip(), l.substring(eq + 1).strip()});
                    }
                }
            }
            out.sort(Comparator.comparingInt((String[] p) -> p[0].length()).reversed());
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String id() {
        return "script";
    }

    /** HanLP's conversion, with the desk's overrides protected from it and put back after. */
    private static String toSimplified(String text) {
        List<String> kept = new ArrayList<>();
        StringBuilder marked = new StringBuilder(text.length());
        int i = 0;
        outer:
        while (i < text.length()) {
            for (String[] o : OVERRIDES) {
                if (text.startsWith(o[0], i)) {
                    marked.append(OPEN).append(Integer.toString(kept.size(), 36)).append(CLOSE);
                    kept.add(o[1]);
                    i += o[0].length();
                    continue outer;
                }
            }
            marked.append(text.charAt(i++));
        }
        String converted = HanLP.convertToSimplifiedChinese(marked.toString());
        if (kept.isEmpty()) {
            return converted;
        }
        StringBuilder out = new StringBuilder(converted.length());
        int k = 0;
        while (k < converted.length()) {
            char c = converted.charAt(k);
            int close = c == OPEN ? converted.indexOf(CLOSE, k) : -1;
            if (close > 0) {
                out.append(kept.get(Integer.parseInt(converted.substring(k + 1, close), 36)));
                k = close + 1;
            } else {
                out.append(c);
                k++;
            }
        }
        return out.toString();
    }

    @Override
    public String apply(String text, Counter changes) {
        if (!hasHan(text)) {
            return text;
        }
        String out = target == Script.SIMPLIFIED
                ? mainlandZhuo(toSimplified(text))
                : HanLP.convertToTraditionalChinese(text);
        changes.add(differences(text, out));
        return out;
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    /** 著 becomes 着 unless it belongs to a word where it is read zhù. */
    static String mainlandZhuo(String s) {
        if (s.indexOf('著') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s);
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) != '著' || inZhuWord(s, i)) {
                continue;
            }
            out.setCharAt(i, '着');
        }
        return out.toString();
    }

    private static boolean inZhuWord(String s, int at) {
        for (String w : ZHU_WORDS) {
            int k = w.indexOf('著');
            while (k >= 0) {
                int start = at - k;
                if (start >= 0 && start + w.length() <= s.length() && s.startsWith(w, start)) {
                    return true;
                }
                k = w.indexOf('著', k + 1);
            }
        }
        return false;
    }

    /** How many characters differ (the conversions keep lengths; otherwise the length change counts). */
    private static int differences(String a, String b) {
        if (a.length() != b.length()) {
            return Math.abs(a.length() - b.length()) + 1;
        }
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                n++;
            }
        }
        return n;
    }
}
