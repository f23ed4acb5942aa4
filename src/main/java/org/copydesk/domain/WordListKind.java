package org.copydesk.domain;

/** The kinds of proofreading word list a desk keeps, by the file name of the shipped list. */
public enum WordListKind {
    BANNED("banned"), DISCOURAGED("discouraged"), PROTECTED("protected"), CONFUSABLES("confusables"), SHAPES("shapes"),
    DICTIONARY("dictionary");

    public final String file;

    WordListKind(String file) {
        this.file = file;
    }
}
