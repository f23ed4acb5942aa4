package org.copydesk.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;

/**
 * Turns the bytes of a page into text, choosing the encoding from the byte-order mark, the page's
 * declared charset and the bytes themselves: UTF-8, GBK/GB18030 or Big5. A declared charset can lie,
 * so it only breaks a near tie. Among the encodings that decode the bytes cleanly, the one whose
 * Chinese is made of common characters wins: the wrong one produces rare characters.
 */
public final class TextDecoder {

    /** The text and how it was read. */
    public record Decoded(String text, String charset, boolean truncated) {
    }

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5-HKSCS");
    private static final Pattern DECLARED = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w-]+)");
    private static final BitSet COMMON = commonHan();

    private TextDecoder() {
    }

    /** The 3,755 characters of GB2312's first level and the 5,401 of Big5's, both scripts' everyday sets. */
    private static BitSet commonHan() {
        BitSet set = new BitSet(0x10000);
        Charset gb2312 = Charset.forName("GB2312");
        for (int hi = 0xB0; hi <= 0xD7; hi++) {
            for (int lo = 0xA1; lo <= 0xFE; lo++) {
                String s = new String(new byte[] {(byte) hi, (byte) lo}, gb2312);
                if (s.length() == 1 && s.charAt(0) != '\uFFFD') {
                    set.set(s.charAt(0));
                }
            }
        }
        for (int hi = 0xA4; hi <= 0xC6; hi++) {
            for (int lo : rangeOf(0x40, 0x7E, 0xA1, 0xFE)) {
                String s = new String(new byte[] {(byte) hi, (byte) lo}, BIG5);
                if (s.length() == 1 && s.charAt(0) != '\uFFFD') {
                    set.set(s.charAt(0));
                }
            }
        }
        return set;
    }

    private static int[] rangeOf(int a, int b, int c, int d) {
        int[] out = new int[(b - a + 1) + (d - c + 1)];
        int k = 0;
        for (int i = a; i <= b; i++) {
            out[k++] = i;
        }
        for (int i = c; i <= d; i++) {
            out[k++] = i;
        }
        return out;
    }

    /** The charset a page declares in a meta tag, if any. */
    public static Optional<String> declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    public static Decoded decode(byte[] bytes, Optional<String> declared, String where) {
        if (bytes.length == 0) {
            throw new CopydeskException(Problem.FILE_EMPTY, where);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8).map(d -> d).orElseGet(() -> lenient(bytes, 3, StandardCharsets.UTF_8));
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", false);
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", false);
        }
        if (looksBinary(bytes)) {
            throw new CopydeskException(Problem.FILE_NOT_TEXT, where);
        }
        Optional<Decoded> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8.get();
        }
        Decoded best = null;
        double bestScore = -1;
        for (Charset cs : List.of(GB18030, BIG5)) {
            Optional<Decoded> d = strict(bytes, 0, cs);
            if (d.isEmpty()) {
                continue;
            }
            double score = commonness(d.get().text());
            boolean isDeclared = declared.map(n -> family(n).equals(family(cs.name()))).orElse(false);
            if (isDeclared) {
                score += 0.05;
            }
            if (score > bestScore) {
                best = d.get();
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        // nothing reads cleanly: take the reading with the fewest broken characters, if they are few
        Decoded leastBad = null;
        double leastBroken = Double.MAX_VALUE;
        for (Charset cs : List.of(StandardCharsets.UTF_8, GB18030, BIG5)) {
            Decoded d = lenient(bytes, 0, cs);
            double broken = d.text().chars().filter(c -> c == '\uFFFD').count() / (double) Math.max(1, d.text().length());
            if (broken < leastBroken) {
                leastBroken = broken;
                leastBad = d;
            }
        }
        if (leastBroken <= 0.01) {
            return leastBad;
        }
        throw new CopydeskException(Problem.FILE_UNKNOWN_ENCODING, where);
    }

    private static String family(String charset) {
        String n = charset.toLowerCase(Locale.ROOT).replace("_", "-");
        if (n.startsWith("gb") || n.equals("cp936") || n.equals("x-gbk")) {
            return "gb";
        }
        if (n.startsWith("big5") || n.equals("cp950")) {
            return "big5";
        }
        return n;
    }

    /** The share of Han characters that are everyday characters; a wrong decoding scores low. */
    static double commonness(String s) {
        int han = 0;
        int common = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (COMMON.get(c)) {
                    common++;
                }
            } else if (c >= '\uE000' && c <= '\uF8FF') {
                han++;
            }
        }
        return han == 0 ? 0.5 : common / (double) han;
    }

    /** Binary data: NUL bytes or many control characters where text would have none. */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                control++;
            }
        }
        return control > n / 100 + 1;
    }

    /** Decodes without errors, allowing only an incomplete character at the very end (a truncated file). */
    private static Optional<Decoded> strict(byte[] bytes, int offset, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) ((bytes.length - offset) * (double) dec.maxCharsPerByte()) + 16);
        CoderResult r = dec.decode(in, out, true);
        boolean truncated = false;
        if (r.isError()) {
            // an error in the last few bytes is a character cut in half at the end: a truncated file
            if (in.position() + r.length() < bytes.length || bytes.length - in.position() > 3 || in.position() == offset) {
                return Optional.empty();
            }
            truncated = true;
            in.position(bytes.length);
        }
        dec.flush(out);
        if (in.hasRemaining()) {
            if (in.remaining() > 3) {
                return Optional.empty();
            }
            truncated = true;
        }
        out.flip();
        return Optional.of(new Decoded(out.toString(), cs.name(), truncated));
    }

    private static Decoded lenient(byte[] bytes, int offset, Charset cs) {
        try {
            CharsetDecoder dec = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return new Decoded(dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString(), cs.name(), false);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
