package org.copydesk.text.spelling;

import java.util.Arrays;
import org.copydesk.text.tagging.PackedWords;

/**
 * A set of words of two to four BMP characters packed into sorted longs (16 bits a character): a
 * hundred thousand words in under a megabyte, looked up without making a string.
 */
final class WordSet {

    private final long[] keys;

    private WordSet(long[] keys) {
        this.keys = keys;
    }

    /** The extra vocabulary shipped in {@code resources/spelling/words.txt}. */
    static WordSet shipped() {
        long[] buf = new long[1 << 17];
        int[] n = {0};
        long[][] ref = {buf};
        ConfusionSets.lines("words.txt", line -> {
            if (line.length() >= 2 && line.length() <= 4) {
                if (n[0] == ref[0].length) {
                    ref[0] = Arrays.copyOf(ref[0], ref[0].length * 2);
                }
                ref[0][n[0]++] = PackedWords.key(line, 0, line.length());
            }
        });
        long[] keys = Arrays.copyOf(ref[0], n[0]);
        Arrays.sort(keys);
        return new WordSet(keys);
    }

    /** Whether text[from, to) is in the set; only two to four characters can be. */
    boolean contains(CharSequence text, int from, int to) {
        int len = to - from;
        return len >= 2 && len <= 4 && Arrays.binarySearch(keys, PackedWords.key(text, from, to)) >= 0;
    }

    int size() {
        return keys.length;
    }
}
