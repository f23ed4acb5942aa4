-- The desk's keyword vocabulary: every keyword ever accepted, with how often; a deleted word is kept
-- (deleted = 1) so that it is not suggested again.
CREATE TABLE vocabulary (
    word    TEXT    PRIMARY KEY,
    uses    INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
INSERT INTO vocabulary (word, uses)
    SELECT k.word, count(*) FROM article_keyword k JOIN article a ON a.id = k.article_id
    WHERE a.deleted_at IS NULL GROUP BY k.word;

-- The terms of each article as the tagger counted them, so that they are not counted again on every
-- start; digest says which version of the article they belong to.
CREATE TABLE article_terms (
    article_id INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    digest     TEXT    NOT NULL,
    terms      TEXT    NOT NULL
);

-- Trained models (the channel classifier), with the fingerprint of the articles they learned from.
CREATE TABLE model (
    name        TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    data        BLOB NOT NULL
) WITHOUT ROWID;
