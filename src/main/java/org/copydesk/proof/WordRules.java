package org.copydesk.proof;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.domain.Severity;
import org.copydesk.text.tagging.Segmenter;

/** Rules about words: repeats, confusables, the desk's banned and discouraged terms, protected names. */
final class WordRules {

    private WordRules() {
    }

    /**
     * 的的, 有有, 政府政府, 看清楚清楚: a word written twice that is not reduplication. Whether a doubled
     * word is grammatical is decided by its part of speech in HanLP's dictionary, not by a list:
     * dictionary words (天天 人人 看看 常常), action verbs (AA 走走, ABAB 研究研究, but not a doubled
     * complement after another verb), measure words after 一 (一份份) and not after a noun or number,
     * adjectives before 的 or in AABB (红红的, 高高兴兴), state words (雪白雪白), sounds and names.
     */
    static final class Repeated extends BaseRule {
        private static final Pattern WORDS = Pattern.compile("(\\p{IsHan}{2,4})\\1");
        private static final Pattern CHARS = Pattern.compile("(\\p{IsHan})\\1");

        Repeated() {
            super("repeated-word", Severity.WARNING);
        }

        @Override
        public void check(Segment s, Findings out) {
            String t = s.text();
            Matcher m = CHARS.matcher(t);
            List<Placed> tokens = null;
            while (m.find()) {
                if (!Segmenter.nature(m.group()).isEmpty()) {
                    continue; // 天天 人人 看看: a word, no need to segment
                }
                if (tokens == null) {
                    tokens = placed(t);
                }
                if (doubledCharacterIsWrong(t, m.start(), tokens)) {
                    out.add(this, s, m.start(), m.end(), m.group(1));
                }
            }
            Matcher w = WORDS.matcher(t);
            int from = 0;
            while (w.find(from)) {
                if (tokens == null) {
                    tokens = placed(t);
                }
                String word = w.group(1);
                if (doubledWordIsWrong(t, w.start(), word, tokens)) {
                    out.add(this, s, w.start(), w.end(), word);
                    from = w.end();
                } else {
                    from = w.start() + 1;
                }
            }
        }

        /** XX at {@code i}: wrong unless it is a word, inside a longer one, or a reduplication the grammar allows. */
        private static boolean doubledCharacterIsWrong(String t, int i, List<Placed> tokens) {
            String x = t.substring(i, i + 1);
            String xx = t.substring(i, i + 2);
            if (!Segmenter.nature(xx).isEmpty()) {
                return false; // 天天 人人 看看 常常
            }
            Placed first = at(tokens, i);
            if (first == null) {
                return false;
            }
            // the segmenter's tag in context (是 vshi, 有 vyou) where it has one, else the dictionary's
            String nature = first.word().length() == 1 && first.start() == i ? first.pos() : Segmenter.nature(x);
            if (first.start() < i) {
                // 现在|在 and 实实在在 are not repeats; 三张|张 doubles the measure of a number
                return first.start() + first.word().length() == i + 1 && first.pos().startsWith("m") && nature.equals("q")
                        && t.charAt(first.start()) != '一';
            }
            if (first.word().length() > 2 || first.word().length() == 2 && !first.word().equals(xx) || first.pos().startsWith("nr")) {
                return false;
            }
            Placed second = at(tokens, i + 1);
            if (second != null && second.start() == i + 1 && second.word().length() >= 2 && second.pos().startsWith("n")) {
                return false; // 登记科|科长, 财务处|处长: the second starts a noun of its own
            }
            Placed before = before(tokens, i);
            char next = i + 2 < t.length() ? t.charAt(i + 2) : 0;
            switch (nature.isEmpty() ? "" : nature.substring(0, 1)) {
                case "m", "o", "e", "y", "" -> {
                    return false; // numbers, sounds, interjections, characters HanLP does not know
                }
                case "q" -> {
                    boolean afterOne = i > 0 && t.charAt(i - 1) == '一';
                    boolean afterNounOrNumber = before != null && (before.pos().startsWith("n") || before.pos().startsWith("m"));
                    return !afterOne && afterNounOrNumber;
                }
                case "a", "z" -> {
                    boolean aabb = i + 3 < t.length() && t.charAt(i + 2) == t.charAt(i + 3)
                            && !Segmenter.nature(x + t.charAt(i + 2)).isEmpty();
                    return !(aabb || next == '的' || next == '地');
                }
                default -> {
                    // an action verb tried out (走走 洗洗 喝喝); 是 有 and every function word do not double
                    return !(nature.startsWith("v") && !nature.equals("vshi") && !nature.equals("vyou"));
                }
            }
        }

        /** ABAB at {@code i}: wrong unless AB is a verb on its own, a state word, a sound, or 一 and a measure. */
        private static boolean doubledWordIsWrong(String t, int i, String word, List<Placed> tokens) {
            List<Segmenter.Token> inside = Segmenter.tokens(word);
            if (inside.size() != 1) {
                return false; // not one word: 的人的人 and the like are left to the other rules
            }
            if (word.charAt(0) == '一' && Segmenter.nature(word.substring(1)).equals("q")) {
                return false; // 一个一个
            }
            String nature = Segmenter.nature(word);
            if (inside.get(0).pos().startsWith("nr") || nature.startsWith("z") || nature.startsWith("o") || nature.startsWith("e")) {
                return false;
            }
            // 研究研究 讨论讨论 are fine; 看清楚清楚 doubles a complement, 认真认真 an adjective
            return !(nature.startsWith("v") && word.length() == 2);
        }
    }

    /** A token of the segmenter with its place in the text. */
    private record Placed(String word, String pos, int start) {
    }

    /** Segmentations of recent paragraphs: the preview checks the same paragraphs again and again. */
    private static final org.copydesk.text.RecentCache<String, List<Placed>> SEGMENTED = new org.copydesk.text.RecentCache<>(2048,
            org.copydesk.text.RecentCache.TEXT, String::length);

    private static List<Placed> placed(String text) {
        return SEGMENTED.get(text, WordRules::segment);
    }

    private static List<Placed> segment(String text) {
        List<Placed> out = new java.util.ArrayList<>();
        int at = 0;
        for (Segmenter.Token t : Segmenter.tokens(text)) {
            int i = text.indexOf(t.word(), at);
            if (i < 0) {
                continue;
            }
            out.add(new Placed(t.word(), t.pos(), i));
            at = i + t.word().length();
        }
        return List.copyOf(out);
    }

    /** The token starting at or covering {@code i}. */
    private static Placed at(List<Placed> tokens, int i) {
        for (Placed p : tokens) {
            if (p.start() <= i && i < p.start() + p.word().length()) {
                return p;
            }
        }
        return null;
    }

    /** The token that ends right before {@code i}. */
    private static Placed before(List<Placed> tokens, int i) {
        for (Placed p : tokens) {
            if (p.start() + p.word().length() == i) {
                return p;
            }
        }
        return null;
    }

    /** A confusable word in the context that makes it wrong (截止目前 → 截至目前). */
    static final class Confusable extends BaseRule {
        private final List<WordLists.Confusable> list;

        Confusable(List<WordLists.Confusable> list) {
            super("confusable", Severity.WARNING);
            this.list = list;
        }

        @Override
        public void check(Segment s, Findings out) {
            for (WordLists.Confusable c : list) {
                Matcher m = c.pattern().matcher(s.text());
                while (m.find()) {
                    if (m.end() > m.start() && !m.group().equals(c.replacement())) {
                        out.add(this, s, m.start(), m.end(), c.replacement(), c.why());
                    }
                }
            }
        }
    }

    /** A term the desk does not print. */
    static final class Banned extends BaseRule {
        private final List<String> terms;

        Banned(List<String> terms) {
            super("banned-term", Severity.ERROR);
            this.terms = terms;
        }

        @Override
        public void check(Segment s, Findings out) {
            for (String t : terms) {
                for (int i = s.text().indexOf(t); i >= 0; i = s.text().indexOf(t, i + t.length())) {
                    out.add(this, s, i, i + t.length(), "");
                }
            }
        }
    }

    /** A term the desk writes differently (北朝鲜 → 朝鲜). */
    static final class Discouraged extends BaseRule {
        private final Map<String, String> terms;

        Discouraged(Map<String, String> terms) {
            super("discouraged-term", Severity.WARNING);
            this.terms = terms;
        }

        @Override
        public void check(Segment s, Findings out) {
            terms.forEach((term, better) -> {
                for (int i = s.text().indexOf(term); i >= 0; i = s.text().indexOf(term, i + term.length())) {
                    // the right form may contain the wrong one (残废 inside 残废人 is handled by the longer entry)
                    if (!s.text().startsWith(better, i) && !insideLonger(s.text(), i, term)) {
                        out.add(this, s, i, i + term.length(), better);
                    }
                }
            });
        }

        private boolean insideLonger(String text, int at, String term) {
            for (String other : terms.keySet()) {
                if (other.length() > term.length() && other.contains(term)) {
                    int k = other.indexOf(term);
                    if (at - k >= 0 && text.startsWith(other, at - k)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * A near miss of a protected name or title: the same length, exactly one character different,
     * and that character a homophone (same pinyin, tones aside) or a look-alike of the right one.
     */
    static final class ProtectedName extends BaseRule {
        private final List<String> names;
        private final WordLists lists;
        private static final Map<Character, Set<String>> READINGS = new ConcurrentHashMap<>();

        ProtectedName(WordLists lists) {
            super("protected-name", Severity.ERROR);
            this.names = lists.protectedNames();
            this.lists = lists;
        }

        @Override
        public void check(Segment s, Findings out) {
            String t = s.text();
            for (String name : names) {
                int n = name.length();
                for (int i = 0; i + n <= t.length(); i++) {
                    int diff = -1;
                    boolean near = true;
                    for (int k = 0; k < n; k++) {
                        if (t.charAt(i + k) != name.charAt(k)) {
                            if (diff >= 0) {
                                near = false;
                                break;
                            }
                            diff = k;
                        }
                    }
                    if (!near || diff < 0) {
                        continue;
                    }
                    char wrong = t.charAt(i + diff);
                    char right = name.charAt(diff);
                    if (isHan(wrong) && (soundsAlike(wrong, right) || lists.similarShapes(right).contains(wrong))
                            && !isAnotherName(t, i, n)) {
                        out.add(this, s, i, i + n, name);
                    }
                }
            }
        }

        /** The window is itself another protected name (李希 is not a near miss of 李强). */
        private boolean isAnotherName(String t, int i, int n) {
            String window = t.substring(i, i + n);
            return names.contains(window);
        }

        private static boolean isHan(char c) {
            return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }

        static boolean soundsAlike(char a, char b) {
            Set<String> ra = readings(a);
            for (String r : readings(b)) {
                if (ra.contains(r)) {
                    return true;
                }
            }
            return false;
        }

        private static Set<String> readings(char c) {
            return READINGS.computeIfAbsent(c, k -> {
                Segmenter.load();
                List<Pinyin> p = HanLP.convertToPinyinList(String.valueOf(k));
                if (p.isEmpty() || p.get(0) == Pinyin.none5) {
                    return Set.of();
                }
                return Set.of(p.get(0).getPinyinWithoutTone());
            });
        }
    }
}
