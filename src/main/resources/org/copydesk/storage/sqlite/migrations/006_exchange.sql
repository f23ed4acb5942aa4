-- What passing articles between desks needs: notes and review events named the same on every desk,
-- a revision's second parent when it merges two lines of work, and an article's open conflict
-- (the revisions it could not merge, until a person resolves it).
ALTER TABLE note ADD COLUMN uuid TEXT;
UPDATE note SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
    || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX note_uuid ON note (uuid);

ALTER TABLE review_event ADD COLUMN uuid TEXT;
UPDATE review_event SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
    || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX review_event_uuid ON review_event (uuid);

ALTER TABLE revision ADD COLUMN merged TEXT NOT NULL DEFAULT '';
CREATE INDEX revision_article ON revision (article_id, version);

-- the base and the other side's revision of an unresolved merge, as "base theirs"; null when none
ALTER TABLE article ADD COLUMN conflict TEXT;
