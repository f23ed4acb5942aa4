package org.copydesk.text.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds text that a wrong decoding left behind: private-use code points (U+E000–U+F8FF), the
 * replacement character U+FFFD, and a {@code ?} right beside them. Used after repair, to report what
 * is left for a person, and by proofreading.
 */
public final class EncodingDamage {

    /** How far a stray {@code ?} may sit from a private-use or replacement character to count as damage. */
    private static final int NEAR = 3;

    private EncodingDamage() {
    }

    /** A damaged stretch of text: [start, end) in UTF-16 offsets. */
    public record Span(int start, int end) {
    }

    public static boolean isMarker(char c) {
        return (c >= '\uE000' && c <= '\uF8FF') || c == '\uFFFD';
    }

    /** Damaged spans in reading order; neighbouring markers and their stray ? form one span. */
    public static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isMarker(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            // extend over nearby markers and question marks on both sides
            boolean grew = true;
            while (grew) {
                grew = false;
                for (int k = Math.max(0, start - NEAR); k < start; k++) {
                    char c = text.charAt(k);
                    if (c == '?' || isMarker(c)) {
                        start = k;
                        grew = true;
                        break;
                    }
                }
                for (int k = Math.min(text.length(), end + NEAR) - 1; k >= end; k--) {
                    char c = text.charAt(k);
                    if (c == '?' || isMarker(c)) {
                        end = k + 1;
                        grew = true;
                        break;
                    }
                }
            }
            spans.add(new Span(start, end));
            i = end;
        }
        return spans;
    }
}
