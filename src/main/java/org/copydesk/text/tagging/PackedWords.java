package org.copydesk.text.tagging;

/**
 * A word of up to four BMP characters packed into a long (16 bits a character, its length before
 * them), so that a large word list is a sorted {@code long[]} searched without making a string.
 */
public final class PackedWords {

    private PackedWords() {
    }

    /** The key of {@code s[from, to)}: words of one to four characters keep apart (一二 and 0一二 do not collide). */
    public static long key(CharSequence s, int from, int to) {
        long k = to - from;
        for (int i = from; i < to; i++) {
            k = (k << 16) | s.charAt(i);
        }
        return k;
    }
}
