-- "DELETE /admin/phone-numbers/{id}: 409 while an assistant uses it", also when only a warm_call_transfer
-- tool uses it (its outbound_phone_id, inside the tools JSON, which cannot hold a foreign key): each such
-- number is also a row here, written in the transaction that writes the tools, as the other join tables.
-- The number's key has no cascade, so the database itself refuses to delete a number still used; the row
-- goes with its assistant. V1_15_1 (OutboundPhoneNumbersFromTools) fills it from the assistants stored before.
CREATE TABLE assistant_outbound_phone_numbers (
    assistant_id    BIGINT NOT NULL,
    phone_number_id BIGINT NOT NULL,
    CONSTRAINT pk_assistant_outbound_phone_numbers PRIMARY KEY (assistant_id, phone_number_id),
    CONSTRAINT fk_assistant_outbound_phone_numbers_assistant FOREIGN KEY (assistant_id) REFERENCES assistants (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_assistant_outbound_phone_numbers_number FOREIGN KEY (phone_number_id) REFERENCES phone_numbers (id)
);
-- A number's delete asks who uses it, and the foreign key asks the same on every delete.
CREATE INDEX ix_assistant_outbound_phone_numbers_number ON assistant_outbound_phone_numbers (phone_number_id);
