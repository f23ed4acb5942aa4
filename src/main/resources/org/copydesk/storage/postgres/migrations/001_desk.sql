-- A shared desk: the same tables as a desk in one SQLite file (its migrations 001-007), with
-- PostgreSQL's types where they matter: generated ids, bytea for images, a tsvector of bigram
-- tokens for search. Times are fixed-width UTC text, as in the file, so that both backends share
-- one mapping and text order is time order.
CREATE TABLE article (
    id           BIGSERIAL PRIMARY KEY,
    uuid         TEXT    NOT NULL UNIQUE,
    title        TEXT    NOT NULL DEFAULT '',
    subtitle     TEXT    NOT NULL DEFAULT '',
    summary      TEXT    NOT NULL DEFAULT '',
    channel      TEXT    NOT NULL DEFAULT '',
    source       TEXT    NOT NULL DEFAULT '',
    author       TEXT    NOT NULL DEFAULT '',
    editor       TEXT    NOT NULL DEFAULT '',
    published_at TEXT,
    status       TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review', 'approved', 'published')),
    body_html    TEXT    NOT NULL DEFAULT '',
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    updated_by   TEXT    NOT NULL DEFAULT '',
    version      BIGINT  NOT NULL DEFAULT 0,
    deleted_at   TEXT,
    conflict     TEXT,
    search       TSVECTOR,
    search_seq   BIGINT
);
CREATE INDEX article_updated ON article (updated_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX article_channel ON article (channel, updated_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX article_search ON article USING GIN (search);
CREATE INDEX article_search_seq ON article (search_seq DESC);
CREATE SEQUENCE search_seq;

CREATE TABLE article_keyword (
    article_id BIGINT  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    word       TEXT    NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX article_keyword_word ON article_keyword (word);

CREATE TABLE image (
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    name       TEXT   NOT NULL,
    media_type TEXT   NOT NULL,
    data       BYTEA  NOT NULL,
    PRIMARY KEY (article_id, name)
);

CREATE TABLE revision (
    id           BIGSERIAL PRIMARY KEY,
    article_id   BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    version      BIGINT NOT NULL,
    created_at   TEXT   NOT NULL,
    reason       TEXT   NOT NULL,
    title        TEXT   NOT NULL,
    subtitle     TEXT   NOT NULL,
    summary      TEXT   NOT NULL,
    channel      TEXT   NOT NULL,
    keywords     TEXT   NOT NULL,
    source       TEXT   NOT NULL,
    author       TEXT   NOT NULL,
    editor       TEXT   NOT NULL,
    published_at TEXT,
    status       TEXT   NOT NULL,
    body_html    TEXT   NOT NULL,
    uuid         TEXT   NOT NULL UNIQUE,
    parent       TEXT   NOT NULL DEFAULT '',
    merged       TEXT   NOT NULL DEFAULT '',
    UNIQUE (article_id, version)
);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE search_pending (
    article_id BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE
);

CREATE TABLE vocabulary (
    word    TEXT    PRIMARY KEY,
    uses    INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE article_terms (
    article_id BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    digest     TEXT   NOT NULL,
    terms      TEXT   NOT NULL
);

CREATE TABLE model (
    name        TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    data        BYTEA NOT NULL
);

CREATE TABLE note (
    id          BIGSERIAL PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    article_id  BIGINT  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    paragraph   INTEGER NOT NULL,
    anchor      TEXT    NOT NULL DEFAULT '',
    body        TEXT    NOT NULL,
    author      TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT
);
CREATE INDEX note_article ON note (article_id);

CREATE TABLE review_event (
    id         BIGSERIAL PRIMARY KEY,
    uuid       TEXT   NOT NULL UNIQUE,
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    kind       TEXT   NOT NULL,
    round      TEXT   NOT NULL DEFAULT '',
    who        TEXT   NOT NULL,
    at         TEXT   NOT NULL,
    text       TEXT   NOT NULL DEFAULT ''
);
CREATE INDEX review_event_article ON review_event (article_id);

CREATE TABLE dismissal (
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    rule       TEXT   NOT NULL,
    field      TEXT   NOT NULL,
    text       TEXT   NOT NULL,
    context    TEXT   NOT NULL,
    who        TEXT   NOT NULL,
    at         TEXT   NOT NULL,
    PRIMARY KEY (article_id, rule, field, text, context)
);

CREATE TABLE rule_setting (
    rule    TEXT    PRIMARY KEY,
    enabled INTEGER NOT NULL
);

CREATE TABLE word_list (
    kind TEXT PRIMARY KEY,
    text TEXT NOT NULL
);

CREATE TABLE article_lock (
    article_id BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    who        TEXT   NOT NULL,
    client     TEXT   NOT NULL,
    taken_at   TEXT   NOT NULL,
    seen_at    TEXT   NOT NULL
);
