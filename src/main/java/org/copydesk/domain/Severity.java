package org.copydesk.domain;

import java.util.Locale;

/** How much a finding matters: an error blocks publishing, a warning asks for a look, a hint suggests. */
public enum Severity {
    ERROR, WARNING, HINT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
