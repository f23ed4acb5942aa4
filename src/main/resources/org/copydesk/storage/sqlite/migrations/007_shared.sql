-- Who last wrote each article (a shared desk names the other person when an edit meets theirs), and
-- the soft locks of a shared desk (kept here too, so that every desk has the same tables).
ALTER TABLE article ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';

CREATE TABLE article_lock (
    article_id INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    who        TEXT    NOT NULL,
    client     TEXT    NOT NULL,
    taken_at   TEXT    NOT NULL,
    seen_at    TEXT    NOT NULL
);
