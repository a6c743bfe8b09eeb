-- Each server takes assistant ids fifty at a time (AssistantEntity's allocationSize, read with
-- eclipselink.sequencing.start-sequence-at-nextval: the value nextval returns is the first of its
-- block), so a create costs no round trip for its id. Whoever else calls nextval takes a block too
-- and may use any one id of it: no id is handed out twice.
ALTER SEQUENCE assistants_id_seq INCREMENT BY 50;
