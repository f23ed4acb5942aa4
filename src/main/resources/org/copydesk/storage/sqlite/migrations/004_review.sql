-- Proof notes anchored to a paragraph (-1: the article as a whole), open until resolved.
CREATE TABLE note (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id  INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    paragraph   INTEGER NOT NULL,
    anchor      TEXT    NOT NULL DEFAULT '',
    body        TEXT    NOT NULL,
    author      TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT
);
CREATE INDEX note_article ON note (article_id);

-- The review record: submissions, approvals, send-backs, round sign-offs, exports despite the gate.
CREATE TABLE review_event (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL,
    round      TEXT    NOT NULL DEFAULT '',
    who        TEXT    NOT NULL,
    at         TEXT    NOT NULL,
    text       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX review_event_article ON review_event (article_id);

-- Findings a proofreader dismissed for an article, by rule, field, the text found and its context.
CREATE TABLE dismissal (
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    rule       TEXT    NOT NULL,
    field      TEXT    NOT NULL,
    text       TEXT    NOT NULL,
    context    TEXT    NOT NULL,
    who        TEXT    NOT NULL,
    at         TEXT    NOT NULL,
    PRIMARY KEY (article_id, rule, field, text, context)
) WITHOUT ROWID;

-- Proofreading rules the desk switched off.
CREATE TABLE rule_setting (
    rule    TEXT    PRIMARY KEY,
    enabled INTEGER NOT NULL
) WITHOUT ROWID;

-- The desk's own copies of the word lists (banned, discouraged, protected, confusables, shapes).
CREATE TABLE word_list (
    kind TEXT PRIMARY KEY,
    text TEXT NOT NULL
) WITHOUT ROWID;
