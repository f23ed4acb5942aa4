-- Where each article is published and which of its revisions the site shows. The address is
-- recorded the first time and kept, through retitling, moves between channels and withdrawal.
CREATE TABLE publication (
    article_id INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    path       TEXT    NOT NULL,
    revision   TEXT    NOT NULL,
    first_at   TEXT    NOT NULL,
    -- the articles its related news names (numbers, comma-separated), worked out when it is published
    related    TEXT
);
CREATE INDEX publication_path ON publication (path);
