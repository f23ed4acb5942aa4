package org.copydesk.domain;

/**
 * A suggested keyword with its score (0–1, higher first) and the reason shown with it: how often it
 * occurs, whether the desk already uses it, whether it is in the title.
 *
 * @param occurrences how many times the word occurs in the article
 * @param deskUses    how many of the desk's articles carry it as a keyword (0 if none)
 * @param inTitle     whether it occurs in the title
 */
public record KeywordSuggestion(String word, double score, int occurrences, int deskUses, boolean inTitle) {
}
