package org.copydesk.proof;

import org.copydesk.domain.Article;
import org.copydesk.domain.Severity;
import org.copydesk.domain.SiteProfile;

/**
 * One proofreading rule: an id, a severity, and what it finds, in a piece of text (a field or a
 * paragraph) or in the article as a whole (required fields, limits).
 */
public interface Rule {

    String id();

    Severity severity();

    /** Findings in one field or paragraph. */
    default void check(Segment segment, Findings out) {
    }

    /**
     * Whether the findings in a segment depend on the next paragraph's text as well as its own (a
     * quotation that runs on); the checker keeps every other rule's findings by the text alone.
     */
    default boolean readsFollowing() {
        return false;
    }

    /** Findings about the article as a whole. */
    default void checkArticle(Article article, SiteProfile profile, Findings out) {
    }

    /**
     * A piece of text to check and where it sits: a field, and for the body the paragraph index;
     * {@code following} is the next paragraph's text (a quotation may run on into it), or empty.
     */
    record Segment(String field, int paragraph, String text, String following) {

        public Segment(String field, int paragraph, String text) {
            this(field, paragraph, text, "");
        }
    }
}
