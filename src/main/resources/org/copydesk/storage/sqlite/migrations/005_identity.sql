-- Identity that travels between desks: every article and every revision gets a uuid, and every
-- revision names the revision it was made from (its parent; empty for an article's first).
ALTER TABLE article ADD COLUMN uuid TEXT;
UPDATE article SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
    || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX article_uuid ON article (uuid);

ALTER TABLE revision ADD COLUMN uuid TEXT;
ALTER TABLE revision ADD COLUMN parent TEXT NOT NULL DEFAULT '';
UPDATE revision SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
    || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE revision SET parent = coalesce((SELECT p.uuid FROM revision p
    WHERE p.article_id = revision.article_id AND p.version < revision.version ORDER BY p.version DESC LIMIT 1), '');
CREATE UNIQUE INDEX revision_uuid ON revision (uuid);
