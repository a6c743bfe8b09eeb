INSERT INTO languages (id, name, iso_2) VALUES
    (1, 'English', 'en'),
    (2, 'German', 'de'),
    (3, 'Spanish', 'es'),
    (4, 'French', 'fr'),
    (5, 'Romanian', 'ro');

INSERT INTO synthesizer_providers (id, name, code) VALUES
    (1, 'ElevenLabs', 'elevenlabs'),
    (2, 'Azure Text to Speech', 'azure'),
    (3, 'Deepgram Aura', 'deepgram');

INSERT INTO synthesizer_provider_languages (provider_id, language_id) VALUES
    (1, 1), (1, 2), (1, 3), (1, 4), (1, 5),
    (2, 1), (2, 2), (2, 3), (2, 4), (2, 5),
    (3, 1);

INSERT INTO transcriber_providers (id, name, code) VALUES
    (1, 'Deepgram', 'deepgram'),
    (2, 'Azure Speech to Text', 'azure'),
    (3, 'AssemblyAI', 'assemblyai');

INSERT INTO transcriber_provider_languages (provider_id, language_id) VALUES
    (1, 1), (1, 2), (1, 3), (1, 4),
    (2, 1), (2, 2), (2, 3), (2, 4), (2, 5),
    (3, 1);

INSERT INTO language_default_providers (language_id, synthesizer_provider_id, transcriber_provider_id) VALUES
    (1, 1, 1),
    (2, 1, 1),
    (3, 1, 1),
    (4, 2, 1),
    (5, 2, 2);
