-- As the file's migration 008: where each article is published and which revision the site shows.
CREATE TABLE publication (
    article_id BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    path       TEXT   NOT NULL,
    revision   TEXT   NOT NULL,
    first_at   TEXT   NOT NULL,
    -- the articles its related news names (numbers, comma-separated), worked out when it is published
    related    TEXT
);
CREATE INDEX publication_path ON publication (path);
