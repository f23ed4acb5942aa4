package org.copydesk.domain;

import java.util.List;

/** An article's active findings (the ones a proofreader still has to look at), and how many more were dismissed. */
public record CheckResult(List<Finding> findings, int dismissed) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** The findings of error severity: each one keeps an article from passing the gate. */
    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }
}
