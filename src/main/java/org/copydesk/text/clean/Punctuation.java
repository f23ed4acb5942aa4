package org.copydesk.text.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step 4: punctuation and spacing as a Chinese page writes them. Half-width , . ? ! : ; between
 * Han characters (or closing a Chinese sentence) become full-width; ( ) around Chinese text next
 * to Han become （ ）; straight quotes around Chinese text become “ ” and ‘ ’; non-breaking and
 * ideographic spaces become plain ones, leading indentation (　　) goes, and runs of spaces shrink
 * to one. Latin text, numbers, URLs and e-mail addresses are left exactly as they are.
 */
public final class Punctuation implements CleanStep {

    private static final Pattern PROTECTED = Pattern.compile("(?i)(?:https?://|ftp://|www\\.)[^\\s\\p{IsHan}，。；、“”]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final String HAN = "\\p{IsHan}";
    /** What may stand before a mark that closes Chinese text: Han, or Chinese closing punctuation. */
    private static final String BEFORE = "[" + HAN + "”’》）」』]";
    /** What may follow it: Han, Chinese opening punctuation, or the end of the text. */
    private static final String AFTER = "(?:[" + HAN + "“‘《（「『]|$)";
    private static final Pattern MARK = Pattern.compile("(?<=" + BEFORE + ")([,.?!:;])(?=" + AFTER + ")");
    /** After a Latin word or a number, a mark is Chinese only if Chinese follows it (3.14，约等于). */
    private static final Pattern MARK_AFTER_LATIN = Pattern.compile("(?<=[\\p{IsLatin}\\p{Nd}])([,?!:;])(?=[" + HAN + "“‘《（])");
    private static final Pattern PARENS = Pattern.compile("\\(([^()\\p{IsLatin}]*" + HAN + "[^()\\p{IsLatin}]*)\\)");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("\"([^\"]*" + HAN + "[^\"]*)\"");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("(?<![\\p{IsLatin}\\d])'([^']*" + HAN + "[^']*)'(?![\\p{IsLatin}\\d])");
    private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u2002\\u2003\\u2009\\u202F\\u3000]");
    private static final Pattern RUNS_OF_SPACES = Pattern.compile(" {2,}");
    private static final Pattern EDGES = Pattern.compile("^[\\s\\u00A0\\u3000]+|[\\s\\u00A0\\u3000]+$");

    @Override
    public String id() {
        return "punctuation";
    }

    @Override
    public String apply(String text, Counter changes) {
        return apply(text, changes, "", "");
    }

    /**
     * Applies the step to a piece of a paragraph whose neighbours are {@code before} and {@code after}
     * (the characters next to it in the paragraph), so that a comma at the start of a piece still sees
     * the Han character that ends the piece before it.
     */
    public String apply(String text, Counter changes, String before, String after) {
        if (!before.isEmpty() || !after.isEmpty()) {
            String withContext = before + text + after;
            String done = applyAll(withContext, changes);
            if (done.length() == withContext.length()) {
                return done.substring(before.length(), done.length() - after.length());
            }
        }
        return applyAll(text, changes);
    }

    private String applyAll(String text, Counter changes) {
        // URLs and e-mail addresses are left exactly as they are: replacements inside them are skipped
        List<int[]> kept = new ArrayList<>();
        Matcher m = PROTECTED.matcher(text);
        while (m.find()) {
            kept.add(new int[] {m.start(), m.end()});
        }
        String r = text;
        r = replace(r, DOUBLE_QUOTES, changes, kept, mm -> "“" + mm.group(1) + "”");
        r = replace(r, SINGLE_QUOTES, changes, kept, mm -> "‘" + mm.group(1) + "’");
        r = replace(r, MARK, changes, kept, Punctuation::fullWidth);
        r = replace(r, MARK_AFTER_LATIN, changes, kept, Punctuation::fullWidth);
        r = replace(r, PARENS, changes, kept, mm -> nextToHan(mm) ? "（" + mm.group(1) + "）" : mm.group());
        String spaced = spaces(r, changes);
        return spaced.equals(text) ? text : spaced;
    }

    private static String fullWidth(Matcher mm) {
        return switch (mm.group(1)) {
            case "," -> "，";
            case "." -> "。";
            case "?" -> "？";
            case "!" -> "！";
            case ":" -> "：";
            default -> "；";
        };
    }

    private static boolean nextToHan(Matcher m) {
        String in = m.group(1);
        return !in.isBlank() && (in.codePoints().allMatch(cp -> !Character.isLetter(cp)
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
    }

    private static String replace(String s, Pattern p, Counter changes, List<int[]> kept,
                                  java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            if (inside(kept, m.start(), m.end())) {
                continue;
            }
            String rep = f.apply(m);
            if (rep.equals(m.group())) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            out.append(s, last, m.start()).append(rep);
            last = m.end();
            changes.add(1);
        }
        if (out == null) {
            return s;
        }
        out.append(s, last, s.length());
        return out.toString();
    }

    /**
     * Removes white space (and 　　 indentation) at the edges of a field or a paragraph. Not part of
     * {@link #apply}, which also runs on pieces of a paragraph where an edge space separates words.
     */
    public static String trimEdges(String s, Counter changes) {
        String stripped = EDGES.matcher(s).replaceAll("");
        if (!stripped.equals(s)) {
            changes.add(1);
        }
        return stripped;
    }

    private static boolean inside(List<int[]> kept, int start, int end) {
        for (int[] k : kept) {
            if (start < k[1] && end > k[0]) {
                return true;
            }
        }
        return false;
    }

    private static String spaces(String s, Counter changes) {
        String r = s;
        Matcher odd = ODD_SPACES.matcher(r);
        int n = 0;
        while (odd.find()) {
            n++;
        }
        if (n > 0) {
            changes.add(n);
            r = ODD_SPACES.matcher(r).replaceAll(" ");
        }
        Matcher runs = RUNS_OF_SPACES.matcher(r);
        n = 0;
        while (runs.find()) {
            n++;
        }
        if (n > 0) {
            changes.add(n);
            r = RUNS_OF_SPACES.matcher(r).replaceAll(" ");
        }
        return r;
    }
}
