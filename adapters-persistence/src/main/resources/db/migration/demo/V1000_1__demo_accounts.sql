-- The demo data set of CONTRACT.md. Loaded only when the configuration asks for it.
-- API keys are stored as SHA-256 hashes: demo-key-alpha and demo-key-beta.
INSERT INTO accounts (id, name) VALUES
    (1, 'Alpha Demo'),
    (2, 'Beta Demo');

INSERT INTO api_keys (id, account_id, key_hash) VALUES
    (1, 1, 'e49052cb77a35e3ebf86f7d184651dbf07b0fc8707d8ecb748fbf759b0a1d129'),
    (2, 2, 'f0151b84a66c52ae9d90f60e7a45a0ebc7fa3560a96f32700ab4ed9d36614a7e');

INSERT INTO phone_numbers (id, account_id, phone_number, country_code, type) VALUES
    (1, 1, '+14155550101', 'US', 'normal'),
    (2, 1, '+14155550102', 'US', 'normal'),
    (3, 1, 'sip:alpha@sip.example.com', NULL, 'sip'),
    (4, 1, '+14155550199', 'US', 'caller_id'),
    (5, 2, '+40215550101', 'RO', 'normal'),
    (6, 2, '+40215550102', 'RO', 'normal'),
    (7, 2, 'sip:beta@sip.example.com', NULL, 'sip'),
    (8, 2, '+40215550199', 'RO', 'caller_id');

INSERT INTO mid_call_tools (id, account_id, name, description) VALUES
    (1, 1, 'Check order status', 'Looks up an order by its number'),
    (2, 1, 'Create support ticket', 'Opens a ticket in the help desk'),
    (3, 2, 'Check appointment', 'Finds the caller''s next appointment'),
    (4, 2, 'Send SMS', 'Texts the caller a confirmation');

INSERT INTO knowledgebases (id, account_id, name, status) VALUES
    (1, 1, 'Alpha product manual', 'ready'),
    (2, 2, 'Beta clinic FAQ', 'ready');

-- Explicit ids above do not move the generators; later rows must start after them.
ALTER TABLE accounts ALTER COLUMN id RESTART WITH 3;
ALTER TABLE api_keys ALTER COLUMN id RESTART WITH 3;
ALTER TABLE phone_numbers ALTER COLUMN id RESTART WITH 9;
ALTER TABLE mid_call_tools ALTER COLUMN id RESTART WITH 5;
ALTER TABLE knowledgebases ALTER COLUMN id RESTART WITH 3;
