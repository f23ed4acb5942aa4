package org.copydesk.proof;

import org.copydesk.domain.WordListKind;
import org.copydesk.domain.WordListProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The desk's word lists for proofreading: banned terms, discouraged terms with their replacement,
 * protected names and titles, confusable words in context, characters of similar shape, and the
 * desk's dictionary of words the spelling check takes as right. They
 * are data (defaults in {@code resources/wordlists/}, the desk's own copies in its database); a
 * list with a bad line or a duplicate still loads, and each problem is reported with its line.
 */
public final class WordLists {

    /** A confusable word: where it is wrong (a pattern with its context), what is right, and why. */
    public record Confusable(Pattern pattern, String replacement, String why) {
    }

    private final List<String> banned;
    private final Map<String, String> discouraged;
    private final List<String> protectedNames;
    private final List<Confusable> confusables;
    private final Map<Character, Set<Character>> shapes;
    private final List<String> dictionary;
    private final List<WordListProblem> problems;

    private WordLists(List<String> banned, Map<String, String> discouraged, List<String> protectedNames,
                      List<Confusable> confusables, Map<Character, Set<Character>> shapes, List<String> dictionary,
                      List<WordListProblem> problems) {
        this.banned = List.copyOf(banned);
        this.discouraged = Map.copyOf(discouraged);
        this.protectedNames = List.copyOf(protectedNames);
        this.confusables = List.copyOf(confusables);
        this.shapes = Map.copyOf(shapes);
        this.dictionary = List.copyOf(dictionary);
        this.problems = List.copyOf(problems);
    }

    /** The lists shipped with Copydesk. */
    public static WordLists defaults() {
        Map<WordListKind, String> texts = new EnumMap<>(WordListKind.class);
        for (WordListKind k : WordListKind.values()) {
            texts.put(k, defaultText(k));
        }
        return parse(texts);
    }

    public static String defaultText(WordListKind k) {
        try (InputStream in = WordLists.class.getResourceAsStream("/wordlists/" + k.file + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("missing /wordlists/" + k.file + ".txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the lists from their texts; every unusable line becomes a {@link WordListProblem}. */
    public static WordLists parse(Map<WordListKind, String> texts) {
        List<WordListProblem> problems = new ArrayList<>();
        List<String> banned = new ArrayList<>();
        Map<String, String> discouraged = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        List<Confusable> confusables = new ArrayList<>();
        Map<Character, Set<Character>> shapes = new HashMap<>();
        List<String> dictionary = new ArrayList<>();
        for (WordListKind kind : WordListKind.values()) {
            String text = texts.getOrDefault(kind, "");
            Set<String> seen = new HashSet<>();
            String[] lines = text.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                int no = i + 1;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String key = kind == WordListKind.CONFUSABLES ? line : line.split("[=#]")[0].strip();
                if (!seen.add(key)) {
                    problems.add(new WordListProblem(kind, no, line, "duplicate", ""));
                    continue;
                }
                switch (kind) {
                    case BANNED -> {
                        if (line.contains("=")) {
                            problems.add(new WordListProblem(kind, no, line, "banned-with-replacement", ""));
                        } else {
                            banned.add(line);
                        }
                    }
                    case PROTECTED -> {
                        if (line.length() < 2 || line.contains(" ") || line.contains("=")) {
                            problems.add(new WordListProblem(kind, no, line, "not-a-name", ""));
                        } else {
                            names.add(line);
                        }
                    }
                    case DISCOURAGED -> {
                        String[] parts = line.split("=", -1);
                        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank() || parts[0].strip().equals(parts[1].strip())) {
                            problems.add(new WordListProblem(kind, no, line, "expected-replacement", ""));
                        } else {
                            discouraged.put(parts[0].strip(), parts[1].strip());
                        }
                    }
                    case CONFUSABLES -> parseConfusable(line, no, confusables, problems);
                    case DICTIONARY -> {
                        if (line.contains(" ") || line.contains("=")) {
                            problems.add(new WordListProblem(kind, no, line, "not-a-word", ""));
                        } else {
                            dictionary.add(line);
                        }
                    }
                    case SHAPES -> {
                        if (line.codePointCount(0, line.length()) < 2) {
                            problems.add(new WordListProblem(kind, no, line, "short-group", ""));
                        } else {
                            for (char a : line.toCharArray()) {
                                for (char b : line.toCharArray()) {
                                    if (a != b) {
                                        shapes.computeIfAbsent(a, x -> new HashSet<>()).add(b);
                                    }
                                }
                            }
                        }
                    }
                    default -> throw new IllegalStateException(kind.name());
                }
            }
        }
        return new WordLists(banned, discouraged, names, confusables, shapes, dictionary, problems);
    }

    private static void parseConfusable(String line, int no, List<Confusable> out, List<WordListProblem> problems) {
        int arrow = line.indexOf("=>");
        if (arrow <= 0) {
            problems.add(new WordListProblem(WordListKind.CONFUSABLES, no, line, "expected-confusable", ""));
            return;
        }
        String rest = line.substring(arrow + 2);
        int hash = rest.indexOf('#');
        String replacement = (hash < 0 ? rest : rest.substring(0, hash)).strip();
        String why = hash < 0 ? "" : rest.substring(hash + 1).strip();
        if (replacement.isEmpty()) {
            problems.add(new WordListProblem(WordListKind.CONFUSABLES, no, line, "no-replacement", ""));
            return;
        }
        try {
            out.add(new Confusable(Pattern.compile(line.substring(0, arrow).strip()), replacement, why));
        } catch (PatternSyntaxException e) {
            problems.add(new WordListProblem(WordListKind.CONFUSABLES, no, line, "bad-pattern", e.getDescription()));
        }
    }

    public List<String> banned() {
        return banned;
    }

    public Map<String, String> discouraged() {
        return discouraged;
    }

    public List<String> protectedNames() {
        return protectedNames;
    }

    public List<Confusable> confusables() {
        return confusables;
    }

    public Set<Character> similarShapes(char c) {
        return shapes.getOrDefault(c, Set.of());
    }

    /** The desk's own words, which the spelling check takes as right. */
    public List<String> dictionary() {
        return dictionary;
    }

    public List<WordListProblem> problems() {
        return problems;
    }
}
