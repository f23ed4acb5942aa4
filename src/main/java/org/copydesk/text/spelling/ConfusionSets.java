package org.copydesk.text.spelling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Characters a writer easily puts in place of another: the same sound (pycorrector's
 * {@code same_pinyin.txt}) and a similar shape ({@code same_stroke.txt}, and {@code look_alikes.txt},
 * the characters whose Cangjie codes differ by one shape), limited to the common characters a
 * correction may suggest ({@code common_char_set.txt}). Shipped in {@code resources/spelling/}, with
 * their source and licence beside them. Each candidate keeps how it is confused: the same syllable
 * and tone, another tone, a similar shape, or a look-alike by its Cangjie code.
 */
public final class ConfusionSets {

    /** The same syllable in the same tone: what an input method offers first. */
    static final byte SAME_TONE = 0;
    /** The same syllable in another tone. */
    static final byte OTHER_TONE = 1;
    /** A similar shape (a sound in neither list). */
    static final byte SHAPE = 2;
    /**
     * A look-alike by its Cangjie code only: the widest net of shapes, so it corrects one character
     * but is not paired with a neighbour's candidate into a two-character word.
     */
    static final byte LOOK_ALIKE = 3;
    private static final char[] NO_CHARS = new char[0];
    private static final byte[] NO_KINDS = new byte[0];

    private final Map<Character, char[]> candidates;
    private final Map<Character, byte[]> kinds;
    private final Map<Character, char[]> paired;
    private final BitSet common;

    private ConfusionSets(Map<Character, char[]> candidates, Map<Character, byte[]> kinds, Map<Character, char[]> paired,
                          BitSet common) {
        this.candidates = candidates;
        this.kinds = kinds;
        this.paired = paired;
        this.common = common;
    }

    /** The shipped sets, read once, the first time they are asked for. */
    public static ConfusionSets shipped() {
        return Shipped.SETS;
    }

    private static final class Shipped {
        static final ConfusionSets SETS = read();
    }

    /** The common characters that may stand for {@code c}, same sound first; empty when none. */
    public char[] candidates(char c) {
        return candidates.getOrDefault(c, NO_CHARS);
    }

    /** The candidates for {@code c} that may make a two-character word with a neighbour's: all but the look-alikes. */
    char[] paired(char c) {
        return paired.getOrDefault(c, NO_CHARS);
    }

    /** How each of {@link #candidates(char)} is confused with {@code c}, in the same order. */
    byte[] kinds(char c) {
        return kinds.getOrDefault(c, NO_KINDS);
    }

    /** Whether {@code c} is one of the common characters. */
    public boolean common(char c) {
        return common.get(c);
    }

    private static ConfusionSets read() {
        BitSet common = new BitSet(0x10000);
        lines("common_char_set.txt", line -> {
            if (line.length() == 1) {
                common.set(line.charAt(0));
            }
        });
        Map<Character, Map<Character, Byte>> sets = new HashMap<>();
        lines("same_pinyin.txt", line -> {
            String[] parts = line.split("\t");
            if (parts.length >= 2 && parts[0].length() == 1) {
                for (int i = 1; i < parts.length; i++) {
                    add(sets, parts[0].charAt(0), parts[i], i == 1 ? SAME_TONE : OTHER_TONE, common);
                }
            }
        });
        lines("same_stroke.txt", line -> {
            String[] group = line.split("\\s+");
            for (String a : group) {
                for (String b : group) {
                    if (a.length() == 1 && !a.equals(b)) {
                        add(sets, a.charAt(0), b, SHAPE, common);
                    }
                }
            }
        });
        lines("look_alikes.txt", line -> {
            String[] parts = line.split("\t");
            if (parts.length == 2 && parts[0].length() == 1) {
                add(sets, parts[0].charAt(0), parts[1], LOOK_ALIKE, common);
            }
        });
        Map<Character, char[]> out = new HashMap<>(sets.size() * 2);
        Map<Character, byte[]> kinds = new HashMap<>(sets.size() * 2);
        Map<Character, char[]> paired = new HashMap<>(sets.size() * 2);
        sets.forEach((c, s) -> {
            char[] arr = new char[s.size()];
            byte[] how = new byte[s.size()];
            StringBuilder pairs = new StringBuilder();
            int i = 0;
            for (Map.Entry<Character, Byte> e : s.entrySet()) {
                arr[i] = e.getKey();
                how[i++] = e.getValue();
                if (e.getValue() != LOOK_ALIKE) {
                    pairs.append(e.getKey().charValue());
                }
            }
            out.put(c, arr);
            kinds.put(c, how);
            paired.put(c, pairs.length() == arr.length ? arr : pairs.toString().toCharArray());
        });
        return new ConfusionSets(out, kinds, paired, common);
    }

    /** Adds the common characters of {@code chars} as candidates for {@code key}, each keeping its closest kind. */
    private static void add(Map<Character, Map<Character, Byte>> sets, char key, String chars, byte kind, BitSet common) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c != key && common.get(c)) {
                sets.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(c, kind, (a, b) -> (byte) Math.min(a, b));
            }
        }
    }

    static void lines(String file, Consumer<String> each) {
        try (InputStream in = ConfusionSets.class.getResourceAsStream("/spelling/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing /spelling/" + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    each.accept(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
