package org.copydesk.domain;

/**
 * A line of a word list that could not be used: which list, its 1-based line, the line, why (a stable
 * code: duplicate, banned-with-replacement, not-a-name, expected-replacement, short-group,
 * expected-confusable, no-replacement, bad-pattern) and, for a bad pattern, what is wrong with it.
 */
public record WordListProblem(WordListKind kind, int line, String text, String reason, String detail) {
}
