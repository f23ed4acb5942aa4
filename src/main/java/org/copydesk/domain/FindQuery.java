package org.copydesk.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What an editor looks for, and what it becomes: words typed as they are (full-width and half-width
 * forms found alike, so 「ＣＰＵ」 finds 「CPU」 and 「，」 finds 「,」) or a regular expression; case
 * matched or not; whole words where that means something (a query that starts or ends with a Latin
 * letter or digit does not match inside a longer Latin word; Chinese has no word spaces, so a Chinese
 * edge matches anywhere).
 *
 * @param find        what to look for; never blank
 * @param replacement what each match becomes; in a regular expression {@code $1} names a group
 */
public record FindQuery(String find, String replacement, boolean matchCase, boolean wholeWord, boolean regex) {

    /** One match in a piece of text: characters [start, end) and what they become. */
    public record Match(int start, int end, String text, String replacement) {
    }

    public FindQuery {
        find = find == null ? "" : find;
        replacement = replacement == null ? "" : replacement;
        if (find.isEmpty()) {
            throw new CopydeskException(Problem.FIND_EMPTY);
        }
    }

    /** Looking for words as typed, case and width ignored. */
    public static FindQuery words(String find, String replacement) {
        return new FindQuery(find, replacement, false, false, false);
    }

    /** The compiled search; a regular expression that does not compile is refused with its reason. */
    public Pattern pattern() {
        String body;
        if (regex) {
            body = find;
        } else {
            body = Pattern.quote(fold(find));
            if (wholeWord) {
                int first = find.codePointAt(0);
                int last = find.codePointBefore(find.length());
                body = (latin(first) ? "(?<![\\p{IsLatin}\\p{Nd}_])" : "") + body + (latin(last) ? "(?![\\p{IsLatin}\\p{Nd}_])" : "");
            }
        }
        int flags = matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        try {
            return Pattern.compile(body, flags);
        } catch (PatternSyntaxException e) {
            throw new CopydeskException(Problem.FIND_PATTERN_INVALID, e, find, e.getDescription());
        }
    }

    /** Every match in {@code text}, in order, with what each becomes. */
    public List<Match> matches(String text) {
        return matches(pattern(), text);
    }

    /** The same with a pattern already compiled from this query (a desk-wide search compiles once). */
    public List<Match> matches(Pattern p, String text) {
        List<Match> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        // words as typed are found in the folded text; folding keeps every character's place
        Matcher m = p.matcher(regex ? text : fold(text));
        while (m.find()) {
            if (m.end() == m.start()) {
                // an empty match replaces nothing: step over it
                continue;
            }
            String replaced;
            try {
                replaced = regex ? expand(m) : replacement;
            } catch (IndexOutOfBoundsException e) {
                throw new CopydeskException(Problem.FIND_PATTERN_INVALID, e, replacement, e.getMessage());
            }
            out.add(new Match(m.start(), m.end(), text.substring(m.start(), m.end()), replaced));
        }
        return out;
    }

    /** The replacement of one match: {@code $1}…{@code $9} are its groups, a backslash takes the next character as it is. */
    private String expand(Matcher m) {
        StringBuilder sb = new StringBuilder();
        String r = replacement;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\' && i + 1 < r.length()) {
                sb.append(r.charAt(++i));
            } else if (c == '$' && i + 1 < r.length() && Character.isDigit(r.charAt(i + 1))) {
                int g = r.charAt(++i) - '0';
                String v = m.group(g);
                sb.append(v == null ? "" : v);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code text} with every match replaced; the same text when nothing matches. */
    public String replaceAll(String text) {
        return replaceAll(pattern(), text);
    }

    /** The same with a pattern already compiled from this query. */
    public String replaceAll(Pattern p, String text) {
        return apply(text, matches(p, text));
    }

    /** {@code text} with the given matches (from {@link #matches}) replaced. */
    public static String apply(String text, List<Match> matches) {
        if (matches.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int at = 0;
        for (Match m : matches) {
            sb.append(text, at, m.start()).append(m.replacement());
            at = m.end();
        }
        return sb.append(text, at, text.length()).toString();
    }

    private static boolean latin(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN || Character.isDigit(cp) || cp == '_';
    }

    /**
     * Full-width letters, digits and punctuation as their half-width forms, and the ideographic space
     * as a space: one character for one, so a place in the folded text is the same place in the text.
     */
    public static String fold(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (ch >= '\uFF01' && ch <= '\uFF5E') {
                c[i] = (char) (ch - 0xFEE0);
            } else if (ch == '\u3000') {
                c[i] = ' ';
            }
        }
        return new String(c);
    }
}
