package org.copydesk.text.spelling;

import java.util.HashMap;
import java.util.Map;

/**
 * Variant forms (异体字) and the standard character for each, from Unicode's Unihan variants
 * ({@code resources/spelling/variants.txt}, how it was made is in {@code SOURCES.md} beside it).
 */
public final class VariantForms {

    private final Map<Character, Character> standard;

    private VariantForms(Map<Character, Character> standard) {
        this.standard = standard;
    }

    /** The shipped table, read once, the first time it is asked for. */
    public static VariantForms shipped() {
        return Shipped.FORMS;
    }

    private static final class Shipped {
        static final VariantForms FORMS = read();
    }

    private static VariantForms read() {
        Map<Character, Character> map = new HashMap<>();
        ConfusionSets.lines("variants.txt", line -> {
            String[] p = line.split("\t");
            if (p.length == 2 && p[0].length() == 1 && p[1].length() == 1) {
                map.put(p[0].charAt(0), p[1].charAt(0));
            }
        });
        return new VariantForms(map);
    }

    /** The standard character for a variant form, or 0 when {@code c} is not one. */
    public char standard(char c) {
        Character s = standard.get(c);
        return s == null ? 0 : s;
    }
}
