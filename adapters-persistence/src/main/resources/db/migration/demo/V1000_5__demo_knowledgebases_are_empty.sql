-- The contract's statuses: a knowledge base without documents is 'empty' (V1000_1 said 'ready').
UPDATE knowledgebases SET status = 'empty', description = 'Answers from the product manual' WHERE id = 1;
UPDATE knowledgebases SET status = 'empty', description = 'Answers from the clinic FAQ' WHERE id = 2;
-- The service takes knowledge base ids from this sequence (V1_13_1), created before the rows above.
ALTER SEQUENCE knowledgebases_id_seq RESTART WITH 3;
