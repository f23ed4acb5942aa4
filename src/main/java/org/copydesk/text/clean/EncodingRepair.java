package org.copydesk.text.clean;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Step 1: repairs GBK/GB18030 text that was decoded one byte out of step, where the repair is
 * provable. Such damage starts where a byte was lost (shown as {@code ?} or U+FFFD), continues with
 * characters made of the wrong byte pairs (often private-use code points, U+E000–U+F8FF) and ends
 * where an ASCII byte put the decoder back in step. Re-encoding the damaged characters gives back
 * the original bytes but the lost one; the repair tries every possible lost byte, and accepts the
 * result only if exactly one reading is clean Chinese text that opens with sentence punctuation
 * (the lost byte began a double-byte character, and damage starts after a sentence more than
 * anywhere else). Anything else is left as it is, for {@link EncodingDamage} to report.
 *
 * <p>On the reference page this turns {@code ?!皩\uE571W} back into {@code 。“將學} and
 * {@code ?!眹\uE27EH} into {@code 。”國際}.
 */
public final class EncodingRepair implements CleanStep {

    /** Characters a repaired span may start with: where a lost byte is found in practice. */
    private static final String OPENERS = "。，、；：？！”’）》」』…—";
    /** ASCII punctuation that a scraper may have folded from the full-width form before we saw it. */
    private static final String FOLDABLE = "!?,.:;()\"'";
    private static final String FULL_WIDTH = "！？，．：；（）＂＇";
    private static final int MAX_SPAN = 16;

    @Override
    public String id() {
        return "encoding";
    }

    /** A provable repair: [start, end) of the text becomes {@code replacement}. */
    public record Repair(int start, int end, String replacement) {
    }

    @Override
    public String apply(String text, Counter changes) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < out.length()) {
            Optional<Repair> r = isAnchor(out.charAt(i)) ? repairAt(out, i) : Optional.empty();
            if (r.isPresent()) {
                out.replace(r.get().start(), r.get().end(), r.get().replacement());
                changes.add(1);
                i = r.get().start() + r.get().replacement().length();
            } else {
                i++;
            }
        }
        return out.toString();
    }

    /** The provable repair of the damage around a private-use character at {@code anchor}, if there is one. */
    public static Optional<Repair> repairAt(CharSequence text, int anchor) {
        Optional<int[]> span = span(text, anchor);
        if (span.isEmpty()) {
            return Optional.empty();
        }
        int[] s = span.get();
        return repair(text.subSequence(s[0], s[1]).toString()).map(r -> new Repair(s[0], s[1], r));
    }

    private static boolean isAnchor(char c) {
        return c >= '\uE000' && c <= '\uF8FF';
    }

    /** From the lost-byte marker before the anchor to the ASCII character that resynchronised the decoder. */
    private static Optional<int[]> span(CharSequence s, int anchor) {
        int start = -1;
        for (int k = anchor - 1; k >= Math.max(0, anchor - 6); k--) {
            char c = s.charAt(k);
            if (c == '?' || c == '\uFFFD') {
                start = k;
                break;
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        for (int k = anchor + 1; k < Math.min(s.length(), start + MAX_SPAN); k++) {
            char c = s.charAt(k);
            if (c >= 0x40 && c <= 0x7E && Character.isLetterOrDigit(c)) {
                return Optional.of(new int[] {start, k + 1});
            }
            if (c < 0x80 && !Character.isLetterOrDigit(c)) {
                // an ASCII symbol cannot be the trailing byte of a double-byte character
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The one clean reading of a damaged span, if there is exactly one. */
    static Optional<String> repair(String span) {
        String rest = span.substring(1);
        List<List<byte[]>> choices = new ArrayList<>();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            List<byte[]> options = new ArrayList<>();
            Gbk.encode(String.valueOf(c)).ifPresent(options::add);
            int fold = FOLDABLE.indexOf(c);
            if (fold >= 0 && i < rest.length() - 1) {
                Gbk.encode(String.valueOf(FULL_WIDTH.charAt(fold))).ifPresent(options::add);
            }
            if (options.isEmpty()) {
                return Optional.empty();
            }
            choices.add(options);
        }
        Set<String> readings = new LinkedHashSet<>();
        for (byte[] tail : combinations(choices)) {
            for (int lost = 0x81; lost <= 0xFE; lost++) {
                byte[] bytes = new byte[tail.length + 1];
                bytes[0] = (byte) lost;
                System.arraycopy(tail, 0, bytes, 1, tail.length);
                Gbk.decode(bytes).filter(EncodingRepair::clean).ifPresent(readings::add);
            }
        }
        return readings.size() == 1 ? Optional.of(readings.iterator().next()) : Optional.empty();
    }

    private static List<byte[]> combinations(List<List<byte[]>> choices) {
        List<byte[]> out = new ArrayList<>();
        out.add(new byte[0]);
        for (List<byte[]> options : choices) {
            List<byte[]> next = new ArrayList<>();
            for (byte[] prefix : out) {
                for (byte[] o : options) {
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    b.writeBytes(prefix);
                    b.writeBytes(o);
                    next.add(b.toByteArray());
                }
            }
            out = next;
            if (out.size() > 64) {
                return List.of();
            }
        }
        return out;
    }

    /** A reading that is plainly Chinese: Han characters and Chinese punctuation, opening with punctuation. */
    private static boolean clean(String s) {
        if (s.isEmpty() || OPENERS.indexOf(s.charAt(0)) < 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            boolean punct = "。，、；：？！“”‘’（）《》「」『』…—".indexOf(c) >= 0;
            if (!han && !punct) {
                return false;
            }
        }
        return true;
    }
}
