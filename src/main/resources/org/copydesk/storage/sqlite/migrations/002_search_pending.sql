-- Articles whose working copy changed since the search index last saw them. Autosave only marks an
-- article here; the next search (or any other save) brings the index up to date, in a transaction.
CREATE TABLE search_pending (
    article_id INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE
);
