-- Every row's settings were filled by V1_6; the columns they were read from go. The foreign keys to
-- the models and speech providers go with them: like tool_ids, those references are checked by the
-- use case before an assistant is stored. The reference columns that stay (account, voice, language,
-- phone number, knowledge base) keep their keys, and status, type and mode their CHECK constraints.
-- One statement per column: H2 and PostgreSQL spell a multi-column DROP differently.

ALTER TABLE assistants ALTER COLUMN settings SET NOT NULL;

ALTER TABLE assistants DROP CONSTRAINT fk_assistants_llm_model;
ALTER TABLE assistants DROP CONSTRAINT fk_assistants_multimodal_model;
ALTER TABLE assistants DROP CONSTRAINT fk_assistants_chat_llm_fallback;
ALTER TABLE assistants DROP CONSTRAINT fk_assistants_synthesizer_provider;
ALTER TABLE assistants DROP CONSTRAINT fk_assistants_transcriber_provider;
ALTER TABLE assistants DROP CONSTRAINT ck_assistants_knowledgebase_mode;
ALTER TABLE assistants DROP CONSTRAINT ck_assistants_endpoint_type;
ALTER TABLE assistants DROP CONSTRAINT ck_assistants_ambient_sound;

ALTER TABLE assistants DROP COLUMN timezone;
ALTER TABLE assistants DROP COLUMN initial_message;
ALTER TABLE assistants DROP COLUMN system_prompt;
ALTER TABLE assistants DROP COLUMN llm_model_id;
ALTER TABLE assistants DROP COLUMN multimodal_model_id;
ALTER TABLE assistants DROP COLUMN chat_llm_fallback_id;
ALTER TABLE assistants DROP COLUMN turn_detection_threshold;
ALTER TABLE assistants DROP COLUMN secondary_language_ids;
ALTER TABLE assistants DROP COLUMN knowledgebase_mode;
ALTER TABLE assistants DROP COLUMN synthesizer_provider_id;
ALTER TABLE assistants DROP COLUMN transcriber_provider_id;
ALTER TABLE assistants DROP COLUMN voice_stability;
ALTER TABLE assistants DROP COLUMN voice_similarity;
ALTER TABLE assistants DROP COLUMN speech_speed;
ALTER TABLE assistants DROP COLUMN llm_temperature;
ALTER TABLE assistants DROP COLUMN tts_emotion_enabled;
ALTER TABLE assistants DROP COLUMN allow_interruptions;
ALTER TABLE assistants DROP COLUMN fillers;
ALTER TABLE assistants DROP COLUMN filler_config;
ALTER TABLE assistants DROP COLUMN record_calls;
ALTER TABLE assistants DROP COLUMN enable_noise_cancellation;
ALTER TABLE assistants DROP COLUMN wait_for_customer;
ALTER TABLE assistants DROP COLUMN max_duration;
ALTER TABLE assistants DROP COLUMN max_silence_duration;
ALTER TABLE assistants DROP COLUMN max_initial_silence_duration;
ALTER TABLE assistants DROP COLUMN ringing_time;
ALTER TABLE assistants DROP COLUMN reengagement_interval;
ALTER TABLE assistants DROP COLUMN reengagement_prompt;
ALTER TABLE assistants DROP COLUMN voice_mail_message;
ALTER TABLE assistants DROP COLUMN end_call_on_voicemail;
ALTER TABLE assistants DROP COLUMN endpoint_type;
ALTER TABLE assistants DROP COLUMN endpoint_sensitivity;
ALTER TABLE assistants DROP COLUMN interrupt_sensitivity;
ALTER TABLE assistants DROP COLUMN min_interrupt_words;
ALTER TABLE assistants DROP COLUMN ambient_sound;
ALTER TABLE assistants DROP COLUMN ambient_sound_volume;
ALTER TABLE assistants DROP COLUMN is_webhook_active;
ALTER TABLE assistants DROP COLUMN webhook_url;
ALTER TABLE assistants DROP COLUMN send_webhook_only_on_completed;
ALTER TABLE assistants DROP COLUMN include_recording_in_webhook;
ALTER TABLE assistants DROP COLUMN conversation_ended_webhook_url;
ALTER TABLE assistants DROP COLUMN post_call_evaluation;
ALTER TABLE assistants DROP COLUMN post_call_schema;
ALTER TABLE assistants DROP COLUMN variables;
ALTER TABLE assistants DROP COLUMN conversation_inactivity_timeout;
ALTER TABLE assistants DROP COLUMN conversation_ended_retrigger;
