-- What an operator gives an account besides its name: a contact email (GET /user/me answers it)
-- and the plan's limit on mid-call tools, which the tools' create enforces.
ALTER TABLE accounts ADD COLUMN email VARCHAR(255);
ALTER TABLE accounts ADD COLUMN mid_call_tool_limit INTEGER DEFAULT 100 NOT NULL;
ALTER TABLE accounts ADD CONSTRAINT ck_accounts_mid_call_tool_limit CHECK (mid_call_tool_limit >= 0);
