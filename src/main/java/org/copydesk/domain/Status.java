package org.copydesk.domain;

import java.util.Locale;

/** Where an article stands in the desk's workflow: draft → in review → approved → published. */
public enum Status {
    DRAFT, IN_REVIEW, APPROVED, PUBLISHED;

    /** The stable lower-case name used in JSON, on the command line and in the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status fromCode(String code) {
        for (Status s : values()) {
            if (s.code().equalsIgnoreCase(code.strip()) || s.name().equalsIgnoreCase(code.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status: " + code);
    }
}
