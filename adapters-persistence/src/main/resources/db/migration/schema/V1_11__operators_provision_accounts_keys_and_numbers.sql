-- What operators provision through /admin. Rows stored before this version get the migration's time.
ALTER TABLE accounts ADD COLUMN created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;

-- A key is shown once; afterwards only its label and last four characters tell it from the others.
ALTER TABLE api_keys ADD COLUMN label VARCHAR(255);
ALTER TABLE api_keys ADD COLUMN last_four VARCHAR(4);
ALTER TABLE api_keys ADD COLUMN created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
CREATE INDEX ix_api_keys_account ON api_keys (account_id);

ALTER TABLE phone_numbers ADD COLUMN nickname VARCHAR(255);
ALTER TABLE phone_numbers ADD COLUMN sms_capable BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE phone_numbers ADD COLUMN created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
-- "A number belongs to at most one account", under concurrent requests and several servers: the
-- unique constraint decides the race, and its name is how the adapter recognises the refusal.
ALTER TABLE phone_numbers ADD CONSTRAINT uq_phone_numbers_phone_number UNIQUE (phone_number);
