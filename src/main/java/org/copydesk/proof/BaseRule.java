package org.copydesk.proof;

import org.copydesk.domain.Severity;

/** A rule whose id and severity are settled when it is made. */
abstract class BaseRule implements Rule {

    private final String id;
    private final Severity severity;

    BaseRule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity severity() {
        return severity;
    }
}
