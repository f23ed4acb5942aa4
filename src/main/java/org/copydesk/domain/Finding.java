package org.copydesk.domain;

/**
 * Something in an article that a person should look at, with its exact place: a field ({@code title},
 * {@code body}, …), for the body the 0-based paragraph index, and character offsets within that
 * field or paragraph. {@code suggestion} is a replacement for {@code text}, or empty when there is none.
 */
public record Finding(String rule, Severity severity, String field, int paragraph, int start, int end,
                      String text, String message, String suggestion) {

    public static final String BODY = "body";

    public Finding {
        suggestion = suggestion == null ? "" : suggestion;
    }
}
