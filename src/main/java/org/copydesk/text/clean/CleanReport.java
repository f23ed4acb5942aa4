package org.copydesk.text.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.domain.Finding;

/**
 * What cleaning did to one article: how many changes each step made, in pipeline order, and what
 * it found but could not fix, each with its place.
 */
public final class CleanReport {

    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();

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
