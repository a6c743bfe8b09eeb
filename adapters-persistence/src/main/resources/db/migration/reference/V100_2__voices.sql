-- Text-to-speech voices serve pipeline and dualplex; native voices belong to the multimodal
-- models themselves, so they have no synthesizer provider and serve multimodal only.
-- Voice 1 is the English pipeline voice the README's example uses.
INSERT INTO voices (id, name, language_id, gender, preview_url, accent, age, synthesizer_provider_id,
                    supports_pipeline, supports_multimodal, supports_dualplex) VALUES
    (1, 'Rachel', 1, 'female', 'https://cdn.example.com/voices/rachel.mp3', 'american', 'young', 1, TRUE, FALSE, TRUE),
    (2, 'Adam', 1, 'male', 'https://cdn.example.com/voices/adam.mp3', 'british', 'middle_aged', 2, TRUE, FALSE, TRUE),
    (3, 'Hannah', 2, 'female', 'https://cdn.example.com/voices/hannah.mp3', 'standard', 'young', 1, TRUE, FALSE, TRUE),
    (4, 'Lucia', 3, 'female', 'https://cdn.example.com/voices/lucia.mp3', 'castilian', 'middle_aged', 1, TRUE, FALSE, TRUE),
    (5, 'Claire', 4, 'female', 'https://cdn.example.com/voices/claire.mp3', 'parisian', 'young', 2, TRUE, FALSE, TRUE),
    (6, 'Ioana', 5, 'female', 'https://cdn.example.com/voices/ioana.mp3', 'standard', 'young', 2, TRUE, FALSE, TRUE),
    (7, 'Alloy', 1, 'neutral', 'https://cdn.example.com/voices/alloy.mp3', 'american', 'middle_aged', NULL, FALSE, TRUE, FALSE),
    (8, 'Echo', 2, 'male', 'https://cdn.example.com/voices/echo.mp3', 'standard', 'middle_aged', NULL, FALSE, TRUE, FALSE),
    (9, 'Shimmer', 3, 'female', 'https://cdn.example.com/voices/shimmer.mp3', 'standard', 'young', NULL, FALSE, TRUE, FALSE),
    (10, 'Coral', 4, 'female', 'https://cdn.example.com/voices/coral.mp3', 'standard', 'young', NULL, FALSE, TRUE, FALSE),
    (11, 'Sage', 5, 'neutral', 'https://cdn.example.com/voices/sage.mp3', 'standard', 'middle_aged', NULL, FALSE, TRUE, FALSE);
