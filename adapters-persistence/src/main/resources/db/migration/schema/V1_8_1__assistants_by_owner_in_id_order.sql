-- Every listing reads one owner's assistants in id order (a page of them, or all). An index on
-- (account_id, id) hands them over already sorted, so a page stops after its rows instead of
-- sorting all of the owner's first. ix_assistants_account stays: H2 backs the account foreign key
-- with it and refuses to drop it.

CREATE INDEX ix_assistants_account_id ON assistants (account_id, id);
