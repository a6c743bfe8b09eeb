-- LLMs drive pipeline mode and serve as the chat fallback in the other modes.
INSERT INTO llm_models (id, name, code, supports_pipeline, supports_multimodal, supports_dualplex) VALUES
    (1, 'GPT-4o mini', 'gpt-4o-mini', TRUE, TRUE, TRUE),
    (2, 'GPT-4o', 'gpt-4o', TRUE, TRUE, TRUE),
    (3, 'Llama 3.1 70B', 'llama-3.1-70b', TRUE, FALSE, FALSE);

INSERT INTO multimodal_models (id, name, code, supports_pipeline, supports_multimodal, supports_dualplex) VALUES
    (1, 'GPT-4o Realtime', 'gpt-4o-realtime', FALSE, TRUE, TRUE),
    (2, 'Gemini 2.0 Flash Live', 'gemini-2.0-flash-live', FALSE, TRUE, FALSE);
