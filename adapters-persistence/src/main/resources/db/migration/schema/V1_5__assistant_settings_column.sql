-- The parts of an assistant that no query looks into move from one column per field into one JSON
-- document per row, written by JSON-B from the domain's records: a field added to a settings group
-- then needs no migration and no mapping code. V1_6 (AssistantSettingsIntoJson, a Java migration
-- because H2 and PostgreSQL share no JSON functions) fills it from the old columns, V1_7 drops them.

ALTER TABLE assistants ADD COLUMN settings ${json_type};
