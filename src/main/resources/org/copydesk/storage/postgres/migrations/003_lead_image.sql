-- The lead picture (题图) of an article and of each revision: the name of one of its own images.
ALTER TABLE article ADD COLUMN lead_image TEXT NOT NULL DEFAULT '';
ALTER TABLE revision ADD COLUMN lead_image TEXT NOT NULL DEFAULT '';
