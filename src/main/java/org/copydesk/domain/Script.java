package org.copydesk.domain;

/** The Chinese script a site publishes in. */
public enum Script {
    SIMPLIFIED, TRADITIONAL
}
