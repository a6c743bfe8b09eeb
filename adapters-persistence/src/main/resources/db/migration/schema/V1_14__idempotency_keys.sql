-- The idempotency keys of every account (CONTRACT.md, "Idempotent creates"), shared by every instance.
-- A row is written when a request takes its key, committed before the request runs, so any instance
-- sees the key held; the answer columns are filled in the transaction of the create itself, so an
-- answer exists exactly when what it tells of was committed. claim_token tells one claim of a key from
-- a later one that took it over after its server died.
CREATE TABLE idempotency_keys (
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    idempotency_key VARCHAR(255) NOT NULL,
    request_fingerprint VARCHAR(64) NOT NULL,
    claim_token VARCHAR(36) NOT NULL,
    claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    answer_status INTEGER,
    answer_location VARCHAR(2048),
    answer_body VARCHAR,
    PRIMARY KEY (account_id, idempotency_key)
);
