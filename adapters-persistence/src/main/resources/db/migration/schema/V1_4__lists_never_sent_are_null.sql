-- "An optional field never set is null": a list or map the caller never sent is stored as NULL,
-- one sent empty as [], so each reads back as it was sent. Rows stored before keep their [].

ALTER TABLE assistants ALTER COLUMN secondary_language_ids DROP NOT NULL;
ALTER TABLE assistants ALTER COLUMN tool_ids DROP NOT NULL;
ALTER TABLE assistants ALTER COLUMN tools DROP NOT NULL;
ALTER TABLE assistants ALTER COLUMN post_call_schema DROP NOT NULL;
ALTER TABLE assistants ALTER COLUMN variables DROP NOT NULL;
