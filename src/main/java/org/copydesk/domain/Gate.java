package org.copydesk.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether an article may be published, and if not, every reason why. The conditions are the desk's
 * rule: no merge waiting, approved (or already published), no open notes, no error-severity findings.
 */
public record Gate(List<Reason> reasons) {

    /** One thing that keeps an article from being published: a message key and its arguments. */
    public record Reason(String key, Object... args) {
    }

    public Gate {
        reasons = List.copyOf(reasons);
    }

    public static final Gate OPEN = new Gate(List.of());

    public boolean open() {
        return reasons.isEmpty();
    }

    /** The gate for an article with these notes and these active findings. */
    public static Gate judge(Article a, List<Note> notes, List<Finding> findings) {
        List<Reason> reasons = new ArrayList<>();
        if (a.conflict()) {
            reasons.add(new Reason("gate.conflict"));
        }
        if (a.status() != Status.APPROVED && a.status() != Status.PUBLISHED) {
            reasons.add(new Reason("gate.notApproved", a.status()));
        }
        long open = notes.stream().filter(Note::open).count();
        if (open > 0) {
            reasons.add(new Reason("gate.openNotes", open));
        }
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            reasons.add(new Reason("gate.errors", errors.size(), errors.get(0).message()));
        }
        return new Gate(reasons);
    }
}
