-- Knowledge bases are created and changed through the API now: they get a description, their
-- timestamps and the contract's statuses (empty, processing, active, failed). A status stored before
-- ('ready') becomes 'empty': no documents are served yet, so none was processed. No CHECK on the
-- status: the demo migrations, which run after this one on a new database, insert 'ready' first
-- (V1000_1) and correct it later (V1000_5); the service itself only ever writes 'empty'.
-- Lengths are the domain's, in code points; a column of 255 would count UTF-16 units on H2.
ALTER TABLE knowledgebases ALTER COLUMN name SET DATA TYPE VARCHAR;
ALTER TABLE knowledgebases ADD COLUMN description VARCHAR;
ALTER TABLE knowledgebases ADD COLUMN created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
ALTER TABLE knowledgebases ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
UPDATE knowledgebases SET status = 'empty' WHERE status NOT IN ('empty', 'processing', 'active', 'failed');
-- A delete finds the assistants using a knowledge base through this index.
CREATE INDEX ix_assistants_knowledgebase ON assistants (knowledgebase_id);

-- Folders and labels: an account's names for grouping its assistants. "Unique per account ignoring
-- case and surrounding spaces" is the unique key on normalized_name, which the adapter writes from
-- the name (stripped, lower case): H2 has no index on an expression, and the key decides races.
-- Ids come from sequences, as the assistants' do: EclipseLink cannot read an identity back on H2 2.x.
CREATE SEQUENCE folders_id_seq;
CREATE SEQUENCE labels_id_seq;

CREATE TABLE folders (
    id              BIGINT       NOT NULL,
    account_id      BIGINT       NOT NULL,
    name            VARCHAR      NOT NULL,
    normalized_name VARCHAR      NOT NULL,
    color           VARCHAR(20),
    CONSTRAINT pk_folders PRIMARY KEY (id),
    CONSTRAINT fk_folders_account FOREIGN KEY (account_id) REFERENCES accounts (id),
    CONSTRAINT uq_folders_id_account UNIQUE (id, account_id),
    CONSTRAINT uq_folders_normalized_name UNIQUE (account_id, normalized_name),
    CONSTRAINT ck_folders_color
        CHECK (color IN ('gray', 'slate', 'red', 'orange', 'amber', 'green', 'teal', 'blue', 'purple', 'pink'))
);

CREATE TABLE labels (
    id              BIGINT       NOT NULL,
    account_id      BIGINT       NOT NULL,
    name            VARCHAR      NOT NULL,
    normalized_name VARCHAR      NOT NULL,
    color           VARCHAR(20),
    CONSTRAINT pk_labels PRIMARY KEY (id),
    CONSTRAINT fk_labels_account FOREIGN KEY (account_id) REFERENCES accounts (id),
    CONSTRAINT uq_labels_id_account UNIQUE (id, account_id),
    CONSTRAINT uq_labels_normalized_name UNIQUE (account_id, normalized_name),
    CONSTRAINT ck_labels_color
        CHECK (color IN ('gray', 'slate', 'red', 'orange', 'amber', 'green', 'teal', 'blue', 'purple', 'pink'))
);

-- An assistant's folder, referenced with its owner like the knowledge base: never another account's.
ALTER TABLE assistants ADD COLUMN folder_id BIGINT;
ALTER TABLE assistants ADD CONSTRAINT fk_assistants_folder
    FOREIGN KEY (folder_id, account_id) REFERENCES folders (id, account_id);
CREATE INDEX ix_assistants_folder ON assistants (folder_id);

-- An assistant's label_ids live in its settings JSON (in the order sent); each is also a row here,
-- written in the transaction that writes them, as assistant_transfer_targets does for transfer
-- targets: the key to the label has no cascade, so a label still named cannot be deleted, and a
-- delete finds the assistants naming it here.
CREATE TABLE assistant_labels (
    assistant_id BIGINT NOT NULL,
    label_id     BIGINT NOT NULL,
    CONSTRAINT pk_assistant_labels PRIMARY KEY (assistant_id, label_id),
    CONSTRAINT fk_assistant_labels_assistant FOREIGN KEY (assistant_id) REFERENCES assistants (id) ON DELETE CASCADE,
    CONSTRAINT fk_assistant_labels_label FOREIGN KEY (label_id) REFERENCES labels (id)
);
CREATE INDEX ix_assistant_labels_label ON assistant_labels (label_id);
