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

    /** 的的, 了了, 政府政府: a word written twice that is not reduplication. */
    static final class Repeated extends BaseRule {
        /** Function characters that never reduplicate. */
        private static final Pattern CHARS = Pattern.compile("([的了是在和与及对把被地得着过为将从向于也就都而且或但])\\1");
        private static final Pattern WORDS = Pattern.compile("(\\p{IsHan}{2,4})\\1");
        /** Parts of speech whose doubling is not grammatical (nouns, pronouns, places, organisations). */
        private static final Set<String> NOT_DOUBLED = Set.of("n", "nr", "ns", "nt", "nz", "r", "rr", "nnt", "nis", "nto", "ntc", "nsf");

        Repeated() {
            super("repeated-word", Severity.WARNING);
        }

        @Override
        public void check(Segment s, Findings out) {
            Matcher m = CHARS.matcher(s.text());
            java.util.BitSet single = null;
            while (m.find()) {
                if (single == null) {
                    single = singleCharacterWords(s.text());
                }
                // 现在在网上 and 实实在在 are not repeats: the pair must start a word, and be one or two words
                if (single.get(m.start())) {
                    out.add(this, s, m.start(), m.end(), m.group(1));
                }
            }
            Matcher w = WORDS.matcher(s.text());
            int from = 0;
            while (w.find(from)) {
                String word = w.group(1);
                List<Segmenter.Token> tokens = Segmenter.tokens(word);
                if (tokens.size() == 1 && NOT_DOUBLED.contains(tokens.get(0).pos())) {
                    out.add(this, s, w.start(), w.end(), word);
                    from = w.end();
                } else {
                    from = w.start() + 1;
                }
            }
        }
    }

    /**
     * Positions where a repeated character pair stands as words of its own: either a one-character
     * word followed by the same character, or the segmenter's two-character word made of the pair
     * (它把 在在 and 将将 into one word). A pair inside a longer word (实实在在) or ending one (现在 在) is not marked.
     */
    private static java.util.BitSet singleCharacterWords(String text) {
        java.util.BitSet out = new java.util.BitSet(text.length());
        int at = 0;
        for (Segmenter.Token t : Segmenter.tokens(text)) {
            int i = text.indexOf(t.word(), at);
            if (i < 0) {
                continue;
            }
            String w = t.word();
            boolean pair = w.length() == 2 && w.charAt(0) == w.charAt(1);
            if (w.length() == 1 || pair) {
                out.set(i);
            }
            at = i + w.length();
        }
        return out;
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
