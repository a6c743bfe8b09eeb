-- PostgreSQL's INSERT returns the id it took (IdFromTheInsert), so the column takes it itself, from
-- the sequence every earlier id came from. H2's INSERT still names the id it asked the sequence for.
ALTER TABLE assistants ALTER COLUMN id SET DEFAULT nextval('assistants_id_seq');
