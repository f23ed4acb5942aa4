package org.copydesk.text.spelling;

import org.copydesk.text.tagging.IntIntMap;

/**
 * What the desk's own archive writes: how often each pair of adjacent Chinese characters occurs in
 * its articles. A pair the desk writes often (the names, titles and set phrases of its beat) is
 * taken as a word of the desk's, so the spelling check does not "correct" it.
 */
public final class DeskUsage {

    /** How often a pair must occur in the archive to count as the desk's usage. */
    static final int OFTEN = 10;

    public static final DeskUsage NONE = new DeskUsage(new IntIntMap(4), 0);

    private final IntIntMap pairs;
    private final long characters;

    private DeskUsage(IntIntMap pairs, long characters) {
        this.pairs = pairs;
        this.characters = characters;
    }

    /** Counts the character pairs of the given texts (the desk's articles, as plain text). */
    public static DeskUsage of(Iterable<String> texts) {
        IntIntMap pairs = new IntIntMap(1 << 16);
        long chars = 0;
        for (String t : texts) {
            chars += t.length();
            for (int i = 0; i + 1 < t.length(); i++) {
                char a = t.charAt(i);
                char b = t.charAt(i + 1);
                if (SpellingModel.isHan(a) && SpellingModel.isHan(b)) {
                    int key = key(a, b);
                    pairs.put(key, pairs.get(key, 0) + 1);
                }
            }
        }
        // keep only the pairs written often: the rest is never asked about
        IntIntMap often = new IntIntMap(1024);
        pairs.forEach((k, v) -> {
            if (v >= OFTEN) {
                often.put(k, v);
            }
        });
        return new DeskUsage(often, chars);
    }

    /** Whether the desk writes these two characters side by side often. */
    boolean often(char a, char b) {
        return pairs.get(key(a, b), 0) >= OFTEN;
    }

    /** How many characters the archive had. */
    public long characters() {
        return characters;
    }

    /** How many distinct pairs the desk writes often. */
    public int pairs() {
        return pairs.size();
    }

    private static int key(char a, char b) {
        return (a << 16) | b;
    }
}
