package org.copydesk.text.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.domain.Finding;
import org.copydesk.domain.ImportReport;

/**
 * What cleaning did to one article: how many changes each step made, in pipeline order, and what
 * it found but could not fix, each with its place.
 */
public final class CleanReport {

    /** The changes kept per step. */
    public static final int CHANGES_PER_STEP = ImportReport.CHANGES_LISTED;

    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<ImportReport.Change> changes = new ArrayList<>();
    private final Map<String, Integer> kept = new java.util.HashMap<>();
    private String field = "body";
    private int paragraph = -1;

    /** Where the text being cleaned now is: a field ({@code title}, {@code head}, {@code body}) and its paragraph. */
    public void at(String field, int paragraph) {
        this.field = field;
        this.paragraph = paragraph;
    }

    /** Records what a step changed in a piece of text, as the changed words with a little context. */
    void changed(String step, String before, String after) {
        if (before.equals(after) || kept.getOrDefault(step, 0) >= CHANGES_PER_STEP) {
            return;
        }
        for (String[] c : Changes.between(before, after)) {
            if (kept.merge(step, 1, Integer::sum) > CHANGES_PER_STEP) {
                return;
            }
            changes.add(new ImportReport.Change(step, field, paragraph, c[0], c[1]));
        }
    }

    /** The changes, in the order they were made (at most {@link #CHANGES_PER_STEP} per step). */
    public List<ImportReport.Change> changes() {
        return List.copyOf(changes);
    }

    public void count(String step, int n) {
        counts.merge(step, n, Integer::sum);
    }

    void ensureStep(String step) {
        counts.putIfAbsent(step, 0);
    }

    public void add(Finding f) {
        findings.add(f);
    }

    /** Changes per step id, in the order the steps ran. */
    public Map<String, Integer> counts() {
        return java.util.Collections.unmodifiableMap(counts);
    }

    public int count(String step) {
        return counts.getOrDefault(step, 0);
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
