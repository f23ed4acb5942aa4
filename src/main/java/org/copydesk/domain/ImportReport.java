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
 */
public record ImportReport(String file, String charset, Map<String, Integer> steps, Map<String, String> fields,
                           List<String> missing, List<String> notes, List<Finding> findings) {

    public ImportReport {
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
