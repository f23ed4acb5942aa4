package org.copydesk.text.tagging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content words of a text, as the tagger counts them: nouns, names, places, organisations and
 * verbal nouns of two characters or more (and Latin words of two letters or more), without stop
 * words or numbers; plus the noun phrases they form (循环 肿瘤 细胞 → 循环肿瘤细胞) when a phrase
 * occurs twice or is a word the desk already knows.
 */
public final class TermCounter {

    /** HanLP part-of-speech tags that mark a candidate term. */
    private static final Set<String> CONTENT = Set.of("n", "nr", "nr1", "nr2", "nrf", "nrj", "ns", "nsf", "nt", "ntc",
            "ntcb", "ntcf", "ntch", "nth", "nto", "nts", "ntu", "nz", "nl", "ng", "vn", "gi", "gm", "gp", "gc", "gg",
            "gb", "nnt", "nnd", "nis", "nit", "nmc", "nb", "nba", "nbc", "nbp", "nf", "nh", "nhd", "nhm", "nic", "nm",
            "nx", "an", "j");
    /** Tags that may join a noun phrase. */
    private static final Set<String> PHRASE = Set.of("n", "nz", "vn", "gi", "gm", "gp", "gc", "gg", "gb", "nis", "nmc",
            "nnt", "nnd", "nf", "nh", "nm", "ng", "b", "an", "j");

    /** A noun phrase becomes a term when it occurs this often (or the desk knows it). */
    private static final int MIN_PHRASE = 2;

    /** The terms of a text in reading order, for TextRank, and their counts. */
    public record Counted(List<String> sequence, Map<String, Integer> counts) {
    }

    private TermCounter() {
    }

    public static Counted count(String text, Set<String> known) {
        List<Segmenter.Token> tokens = Segmenter.tokens(text);
        List<String> sequence = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> phrases = new LinkedHashMap<>();
        List<String> run = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Segmenter.Token t = tokens.get(i);
            String w = t.word();
            boolean content = (isContent(w, t.pos()) && !misSplit(tokens, i)) || known.contains(w);
            if (content) {
                sequence.add(w);
                counts.merge(w, 1, Integer::sum);
            }
            if (PHRASE.contains(t.pos()) && isHanWord(w)) {
                run.add(w);
            } else {
                phrases(run, phrases);
                run.clear();
            }
        }
        phrases(run, phrases);
        phrases.forEach((p, n) -> {
            if (n >= MIN_PHRASE || known.contains(p)) {
                counts.merge(p, n, Integer::sum);
            }
        });
        repeatedCompounds(tokens, counts);
        return new Counted(sequence, counts);
    }

    /** Characters that do not begin or end a term: particles, prepositions, conjunctions, pronouns. */
    private static final String EDGE_STOPS = "的了和与及或在是对为把被将从向于以由而且也都就还又很更最所之其这那此该各每一不有个等们";

    /**
     * Terms the dictionary does not know but the text repeats: two to four consecutive words of Han
     * characters (three to eight characters in all) that occur at least twice, neither starting nor
     * ending with a function character (免疫磁珠, 锂离子电池). Only the longest of overlapping repeats
     * is kept.
     */
    private static void repeatedCompounds(List<Segmenter.Token> tokens, Map<String, Integer> counts) {
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            StringBuilder sb = new StringBuilder(tokens.get(i).word());
            // a term starts and ends with words that can name something, not a verb, a preposition or a number
            if (!isHanWord(sb.toString()) || EDGE_STOPS.indexOf(sb.charAt(0)) >= 0 || !starts(tokens.get(i))) {
                continue;
            }
            for (int n = 2; n <= 4 && i + n <= tokens.size(); n++) {
                String next = tokens.get(i + n - 1).word();
                if (!isHanWord(next) || misSplit(tokens, i + n - 2)) {
                    break; // a word cut from the wrong place makes no term (做|上体|检)
                }
                sb.append(next);
                if (sb.length() > 8) {
                    break;
                }
                if (sb.length() >= 3 && EDGE_STOPS.indexOf(sb.charAt(sb.length() - 1)) < 0) {
                    seen.merge(sb.toString(), 1, Integer::sum);
                }
            }
        }
        List<String> repeated = new ArrayList<>();
        seen.forEach((c, n) -> {
            if (n >= 2 && !Segmenter.isStopWord(c)) {
                repeated.add(c);
            }
        });
        repeated.sort(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(c -> c));
        List<String> kept = new ArrayList<>();
        for (String c : repeated) {
            int n = seen.get(c);
            // a repeat inside a longer one that occurs as often is only part of it
            boolean part = kept.stream().anyMatch(k -> k.contains(c) && seen.get(k) >= n);
            if (!part) {
                kept.add(c);
                counts.merge(c, n, Math::max);
            }
        }
    }

    /**
     * A two-character word the segmenter cut from the wrong place: its last character and the next
     * one-character token make a commoner word (做|上体|检, where 体检 is the word), so it is a fragment.
     */
    private static boolean misSplit(List<Segmenter.Token> tokens, int i) {
        String w = tokens.get(i).word();
        if (w.length() != 2 || i + 1 >= tokens.size() || tokens.get(i + 1).word().length() != 1) {
            return false;
        }
        String across = w.substring(1) + tokens.get(i + 1).word();
        return Segmenter.generalFrequency(across) > Math.max(1, Segmenter.generalFrequency(w));
    }

    private static void phrases(List<String> run, Map<String, Integer> phrases) {
        for (int len = 2; len <= 3; len++) {
            for (int i = 0; i + len <= run.size(); i++) {
                if (run.get(i).length() == 1) {
                    continue; // a one-character morpheme belongs to the word before it (国际|司|党总支: not 司党总支)
                }
                String p = String.join("", run.subList(i, i + len));
                if (p.length() <= 10) {
                    phrases.merge(p, 1, Integer::sum);
                }
            }
        }
    }

    /** A token that may begin or end a term: a noun-like word (any noun, name, verbal noun or morpheme of one). */
    /**
     * A token a term may start with: not a preposition, conjunction, pronoun, particle, adverb,
     * number, measure or time (至|晚上|十|点 makes no term), nor 是 or 有.
     */
    private static boolean starts(Segmenter.Token t) {
        String pos = t.pos();
        return !(pos.startsWith("p") || pos.startsWith("c") || pos.startsWith("r") || pos.startsWith("u") || pos.equals("d")
                || pos.equals("vshi") || pos.equals("vyou") || pos.startsWith("m") || pos.startsWith("q") || pos.equals("t"));
    }

    static boolean isContent(String w, String pos) {
        if (w.length() < 2 || Segmenter.isStopWord(w)) {
            return false;
        }
        if (w.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == '%')) {
            return false;
        }
        if (w.chars().allMatch(c -> c < 0x80)) {
            return w.chars().anyMatch(Character::isLetter) && w.length() >= 2 && !w.chars().allMatch(Character::isLowerCase);
        }
        return isHanWord(w) && CONTENT.contains(pos);
    }

    private static boolean isHanWord(String w) {
        return w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
