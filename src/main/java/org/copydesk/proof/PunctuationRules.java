package org.copydesk.proof;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.domain.Severity;

/** Rules about punctuation as a Chinese page writes it. */
final class PunctuationRules {

    private static final String HAN = "\\p{IsHan}";

    private PunctuationRules() {
    }

    /**
     * 近年来,外交部 and 记者:, 好吗?: half-width punctuation after a Chinese character or Chinese
     * punctuation, or before one where no Latin letter or digit comes first (3.5, 12:30, Yahoo!中国
     * stay). A run of dots is the ellipsis rule's.
     */
    static final class HalfWidth extends BaseRule {
        private static final String CHINESE = HAN + "，。、；：？！“”‘’《》（）【】…—";
        private static final Pattern MARK = Pattern.compile("(?<![.])(?:(?<=[" + CHINESE + "])([,.?!:;])|(?<![\\p{IsLatin}\\d.])([,.?!:;])(?=[" + CHINESE + "]))(?![.])");
        private static final Map<String, String> FULL = Map.of(",", "，", ".", "。", "?", "？", "!", "！", ":", "：", ";", "；");

        HalfWidth() {
            super("half-width-punctuation", Severity.WARNING);
        }

        @Override
        public void check(Segment s, Findings out) {
            if (!hasHalfWidthMark(s.text())) {
                return;
            }
            Matcher m = MARK.matcher(s.text());
            while (m.find()) {
                out.add(this, s, m.start(), m.end(), FULL.get(m.group()));
            }
        }
    }

    private static boolean hasHalfWidthMark(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '.' || c == '?' || c == '!' || c == ':' || c == ';') {
                return true;
            }
        }
        return false;
    }

    /** “ without ”, 《 without 》, ( without ) and the like, of both widths, paragraph by paragraph. */
    static final class Pairs extends BaseRule {
        private static final String OPEN = "“‘《（【([";
        private static final String CLOSE = "”’》）】)]";

        Pairs() {
            super("unpaired-punctuation", Severity.WARNING);
        }

        @Override
        public boolean readsFollowing() {
            return true;
        }

        @Override
        public void check(Segment s, Findings out) {
            String t = s.text();
            Deque<Integer> open = new ArrayDeque<>();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                int o = OPEN.indexOf(c);
                int cl = CLOSE.indexOf(c);
                if (o >= 0) {
                    open.push(i);
                } else if (cl >= 0) {
                    if (!open.isEmpty() && OPEN.indexOf(t.charAt(open.peek())) == cl) {
                        open.pop();
                    } else if (!open.isEmpty() && open.stream().anyMatch(k -> OPEN.indexOf(t.charAt(k)) == cl)) {
                        // an opening mark inside was never closed: report it, and pair this one with its own
                        while (OPEN.indexOf(t.charAt(open.peek())) != cl) {
                            int k = open.pop();
                            out.add(this, s, k, k + 1, "", String.valueOf(CLOSE.charAt(OPEN.indexOf(t.charAt(k)))));
                        }
                        open.pop();
                    } else {
                        out.add(this, s, i, i + 1, "", String.valueOf(OPEN.charAt(cl)));
                    }
                }
            }
            while (!open.isEmpty()) {
                int k = open.pop();
                // a quotation may run on into the next paragraph, which then opens with “ again
                boolean runsOn = t.charAt(k) == '“' && t.indexOf('”', k) < 0 && s.following().startsWith("“");
                if (!runsOn) {
                    out.add(this, s, k, k + 1, "", String.valueOf(CLOSE.charAt(OPEN.indexOf(t.charAt(k)))));
                }
            }
        }
    }

    /** 。。 ，。 ，， and the like: one mark where two stand. */
    static final class Doubled extends BaseRule {
        private static final Pattern TWO = Pattern.compile("([。，、；：？！])([。，、；：])|([。，、；：])([？！])");

        Doubled() {
            super("doubled-punctuation", Severity.WARNING);
        }

        @Override
        public void check(Segment s, Findings out) {
            Matcher m = TWO.matcher(s.text());
            while (m.find()) {
                String first = m.group(1) != null ? m.group(1) : m.group(3);
                String second = m.group(2) != null ? m.group(2) : m.group(4);
                // ？！ and ！？ are accepted emphasis; a question or exclamation mark wins over a comma or period
                String keep = "？！".contains(second) ? second : first;
                out.add(this, s, m.start(), m.end(), keep);
            }
        }
    }

    /** ... 。。。 … for the ellipsis ……, and — -- ―― for the dash ——. */
    static final class EllipsisDash extends BaseRule {
        private static final Pattern WRONG = Pattern.compile("\\.{3,}|。{3,}|(?<!…)…(?!…)|…{3,}|(?<![—-])—(?!—)|-{2,}|－{2,}|―{2}|—{3,}");

        EllipsisDash() {
            super("ellipsis-dash", Severity.WARNING);
        }

        @Override
        public void check(Segment s, Findings out) {
            Matcher m = WRONG.matcher(s.text());
            while (m.find()) {
                String g = m.group();
                boolean dots = g.startsWith(".") || g.startsWith("。") || g.startsWith("…");
                // ASCII dots between Latin letters or digits are not Chinese punctuation (a.b...c)
                if (g.startsWith(".") && !nearHan(s.text(), m.start(), m.end())) {
                    continue;
                }
                if (g.startsWith("-") && !nearHan(s.text(), m.start(), m.end())) {
                    continue;
                }
                out.add(this, s, m.start(), m.end(), dots ? "……" : "——");
            }
        }

        private static boolean nearHan(String t, int start, int end) {
            boolean before = start > 0 && Character.UnicodeScript.of(t.charAt(start - 1)) == Character.UnicodeScript.HAN;
            boolean after = end < t.length() && Character.UnicodeScript.of(t.charAt(end)) == Character.UnicodeScript.HAN;
            return before || after;
        }
    }

    /** A space inside Chinese text: between two Han characters in a paragraph. */
    static final class SpaceInChinese extends BaseRule {
        private static final Pattern SPACE = Pattern.compile("(?<=[" + HAN + "，。、；：？！“”])[ \\u00A0\\u3000]+(?=[" + HAN + "，。、；：？！“”])");

        SpaceInChinese() {
            super("space-in-chinese", Severity.HINT);
        }

        @Override
        public void check(Segment s, Findings out) {
            if (s.paragraph() < 0) {
                return; // titles use spaces as separators (外交部国际司—— 强化理论武装 践行“两个维护”)
            }
            Matcher m = SPACE.matcher(s.text());
            while (m.find()) {
                out.add(this, s, m.start(), m.end(), "");
            }
        }
    }
}
