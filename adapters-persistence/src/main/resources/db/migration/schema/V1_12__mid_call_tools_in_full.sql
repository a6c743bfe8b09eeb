-- Mid-call tools become what the API serves and accepts: an HTTP endpoint with its method, timeout,
-- headers and parameters (JSON, as the assistants' lists), unique names per account, timestamps.
-- Tools stored before (only ever by hand or by the demo data) keep null endpoints and methods until
-- they are changed; the demo data set's own are completed by its V1000_4.
ALTER TABLE mid_call_tools ADD COLUMN endpoint VARCHAR(2048);
ALTER TABLE mid_call_tools ADD COLUMN method VARCHAR(10);
ALTER TABLE mid_call_tools ADD COLUMN timeout INTEGER DEFAULT 10 NOT NULL;
ALTER TABLE mid_call_tools ADD COLUMN headers ${json_type};
ALTER TABLE mid_call_tools ADD COLUMN parameters ${json_type};
ALTER TABLE mid_call_tools ADD COLUMN created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
ALTER TABLE mid_call_tools ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
-- "Unique per account" under concurrent creates and several servers: the database decides.
ALTER TABLE mid_call_tools ADD CONSTRAINT uq_mid_call_tools_account_name UNIQUE (account_id, name);

-- New ids come from a sequence, as the assistants' do (the identity's own sequence has no name both
-- databases share); V1_12_1 moves it past the ids already given.
CREATE SEQUENCE mid_call_tools_id_sequence;

-- "The id leaves every assistant's tool_ids" in the delete's transaction, and no concurrent assistant
-- write keeps a deleted id: the tool_ids JSON cannot hold a foreign key, so each id is also a row
-- here, written in the transaction that writes tool_ids (as assistant_transfer_targets). The tool's
-- key has no cascade: a delete detaches its tool from the assistants it finds here first, and the
-- database refuses to delete a tool still named. V1_12_1 fills it from the assistants stored before.
CREATE TABLE assistant_mid_call_tools (
    assistant_id     BIGINT NOT NULL,
    mid_call_tool_id BIGINT NOT NULL,
    CONSTRAINT pk_assistant_mid_call_tools PRIMARY KEY (assistant_id, mid_call_tool_id),
    CONSTRAINT fk_assistant_mid_call_tools_assistant FOREIGN KEY (assistant_id) REFERENCES assistants (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_assistant_mid_call_tools_tool FOREIGN KEY (mid_call_tool_id) REFERENCES mid_call_tools (id)
);
CREATE INDEX ix_assistant_mid_call_tools_tool ON assistant_mid_call_tools (mid_call_tool_id);
