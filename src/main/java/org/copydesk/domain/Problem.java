package org.copydesk.domain;

/**
 * The things that can go wrong that a user must hear about. Each has a translated one-line message
 * (key {@code problem.<NAME>} in the interface's resource bundle) whose arguments name what and where.
 */
public enum Problem {
    DB_DIRECTORY_MISSING,
    DB_NOT_READABLE,
    DB_NOT_A_DATABASE,
    DB_NEWER_VERSION,
    DB_IN_USE,
    DB_NEEDS_UPGRADE,
    DB_FAILED,
    DISK_FULL,
    ARTICLE_NOT_FOUND,
    FILE_NOT_FOUND,
    FILE_NOT_READABLE,
    FILE_UNSUPPORTED,
    FILE_EMPTY,
    FILE_NOT_TEXT,
    FILE_UNKNOWN_ENCODING,
    FILE_TOO_LARGE,
    DOCX_INVALID,
    PAGE_NO_CONTENT,
    JSONL_BAD_LINE,
    JSONL_EMPTY,
    NOT_AN_IMAGE,
    IMAGE_TOO_LARGE,
    PROFILE_INVALID,
    KEYWORD_NOT_FOUND,
    EXPORT_FAILED,
    OUT_NOT_A_DIRECTORY,
    NOTE_NOT_FOUND,
    NOTE_EMPTY,
    REVISION_NOT_FOUND,
    STATUS_NOT_ALLOWED,
    REASON_REQUIRED,
    ROUND_OUT_OF_ORDER,
    EXPORT_REFUSED,
    PACKAGE_NOT_READABLE,
    PACKAGE_INVALID,
    PACKAGE_NEWER,
    PACKAGE_TOO_LARGE,
    PACKAGE_OTHER_SITE,
    NOTHING_TO_SEND,
    NO_CONFLICT
}
