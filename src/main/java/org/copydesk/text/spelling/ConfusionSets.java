package org.copydesk.text.spelling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Characters a writer easily puts in place of another: the same sound (pycorrector's
 * {@code same_pinyin.txt}) and a similar shape ({@code same_stroke.txt}), limited to the common
 * characters a correction may suggest ({@code common_char_set.txt}). Shipped in
 * {@code resources/spelling/}, with their source and licence beside them.
 */
public final class ConfusionSets {

    private final Map<Character, char[]> candidates;
    private final BitSet common;

    private ConfusionSets(Map<Character, char[]> candidates, BitSet common) {
        this.candidates = candidates;
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
        return candidates.getOrDefault(c, new char[0]);
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
        Map<Character, Set<Character>> sets = new HashMap<>();
        lines("same_pinyin.txt", line -> {
            String[] parts = line.split("\t");
            if (parts.length >= 2 && parts[0].length() == 1) {
                for (int i = 1; i < parts.length; i++) {
                    add(sets, parts[0].charAt(0), parts[i], common);
                }
            }
        });
        lines("same_stroke.txt", line -> {
            String[] group = line.split("\\s+");
            for (String a : group) {
                for (String b : group) {
                    if (a.length() == 1 && !a.equals(b)) {
                        add(sets, a.charAt(0), b, common);
                    }
                }
            }
        });
        Map<Character, char[]> out = new HashMap<>(sets.size() * 2);
        sets.forEach((c, s) -> {
            char[] arr = new char[s.size()];
            int i = 0;
            for (char x : s) {
                arr[i++] = x;
            }
            out.put(c, arr);
        });
        return new ConfusionSets(out, common);
    }

    private static void add(Map<Character, Set<Character>> sets, char key, String chars, BitSet common) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c != key && common.get(c)) {
                sets.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(c);
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
