package org.copydesk.domain;

import java.util.List;
import java.util.Map;

/**
 * What importing one article did: the file and how it was decoded, the changes each cleaning step
 * made, the fields it recognised and those it could not, what it dropped, and the findings a person
 * must look at, each with its place.
 *
 * @param steps   changes per cleaning step, in pipeline order (encoding, pinyin, script, punctuation)
 * @param fields  recognised field values by field name (empty when not found)
 * @param missing the names of fields that were not found and were left empty
 * @param notes   other facts, as codes with an argument: {@code furniture:12}, {@code image-dropped:URL},
 *                {@code channel-unknown:NAME}, {@code truncated}
 * @param changes the changes cleaning made, each with its words before and after and its place
 *                (the first ones of each step when there are very many)
 */
public record ImportReport(String file, String charset, Map<String, Integer> steps, Map<String, String> fields,
                           List<String> missing, List<String> notes, List<Finding> findings, List<Change> changes) {

    /** The changes listed per step at most: enough to see what a step did, not a copy of a whole conversion. */
    public static final int CHANGES_LISTED = 200;

    /**
     * One change cleaning made: the step, where ({@code title}, {@code head} for the dateline lines,
     * or {@code body} with its paragraph from 0), and the words before and after with a little of
     * their context.
     */
    public record Change(String step, String field, int paragraph, String before, String after) {
    }

    /** A report with no list of changes (archives, whose articles are stored as they are). */
    public ImportReport(String file, String charset, Map<String, Integer> steps, Map<String, String> fields,
                        List<String> missing, List<String> notes, List<Finding> findings) {
        this(file, charset, steps, fields, missing, notes, findings, List.of());
    }

    public ImportReport {
        changes = List.copyOf(changes);
        steps = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(steps));
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        missing = List.copyOf(missing);
        notes = List.copyOf(notes);
        findings = List.copyOf(findings);
    }

    public int changes(String step) {
        return steps.getOrDefault(step, 0);
    }
}
