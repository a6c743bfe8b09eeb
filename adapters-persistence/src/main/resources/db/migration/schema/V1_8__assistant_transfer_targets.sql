-- "An assistant that another assistant transfers calls to is not deleted", under concurrent requests
-- and several servers: the tools JSON cannot hold a foreign key, so each assistant_transfer tool's
-- target is also a row here, written in the same transaction as the tools. The target's key has no
-- cascade, so the database itself refuses to delete an assistant that is still named; the row goes
-- with the assistant that names it. V1_9 (TransferTargetsFromTools, Java because H2 and PostgreSQL
-- share no function that reads a JSON array) fills it from the assistants stored before.

CREATE TABLE assistant_transfer_targets (
    assistant_id        BIGINT NOT NULL,
    target_assistant_id BIGINT NOT NULL,
    CONSTRAINT pk_assistant_transfer_targets PRIMARY KEY (assistant_id, target_assistant_id),
    CONSTRAINT fk_assistant_transfer_targets_assistant FOREIGN KEY (assistant_id) REFERENCES assistants (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_assistant_transfer_targets_target FOREIGN KEY (target_assistant_id) REFERENCES assistants (id)
);
-- A delete asks who names its assistant, and the foreign key asks the same on every delete.
CREATE INDEX ix_assistant_transfer_targets_target ON assistant_transfer_targets (target_assistant_id);
