-- Articles, their ordered keywords, images, revisions and the full-text index.
CREATE TABLE article (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    title        TEXT    NOT NULL DEFAULT '',
    subtitle     TEXT    NOT NULL DEFAULT '',
    summary      TEXT    NOT NULL DEFAULT '',
    channel      TEXT    NOT NULL DEFAULT '',
    source       TEXT    NOT NULL DEFAULT '',
    author       TEXT    NOT NULL DEFAULT '',
    editor       TEXT    NOT NULL DEFAULT '',
    published_at TEXT,
    status       TEXT    NOT NULL DEFAULT 'draft'
                 CHECK (status IN ('draft', 'in_review', 'approved', 'published')),
    body_html    TEXT    NOT NULL DEFAULT '',
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    version      INTEGER NOT NULL DEFAULT 0,
    deleted_at   TEXT,
    -- the article's row in article_search; renumbered on every re-index, so that the index's own
    -- order (newest number first) is the order of last change
    search_seq   INTEGER UNIQUE
);
CREATE INDEX article_updated ON article (updated_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX article_channel ON article (channel, updated_at DESC) WHERE deleted_at IS NULL;

CREATE TABLE article_keyword (
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    word       TEXT    NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE INDEX article_keyword_word ON article_keyword (word);

CREATE TABLE image (
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    name       TEXT    NOT NULL,
    media_type TEXT    NOT NULL,
    data       BLOB    NOT NULL,
    PRIMARY KEY (article_id, name)
);

CREATE TABLE revision (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id   INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    version      INTEGER NOT NULL,
    created_at   TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    subtitle     TEXT    NOT NULL,
    summary      TEXT    NOT NULL,
    channel      TEXT    NOT NULL,
    keywords     TEXT    NOT NULL,
    source       TEXT    NOT NULL,
    author       TEXT    NOT NULL,
    editor       TEXT    NOT NULL,
    published_at TEXT,
    status       TEXT    NOT NULL,
    body_html    TEXT    NOT NULL,
    UNIQUE (article_id, version)
);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Bigram tokens (see SearchTokens); rowid is article.search_seq.
CREATE VIRTUAL TABLE article_search USING fts5 (
    title, body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '1'
);
