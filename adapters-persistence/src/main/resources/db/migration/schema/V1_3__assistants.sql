-- The domain checks every length and range before anything is stored; the columns only
-- keep the shape (codes, references, ownership), so text columns carry no length of their own.
-- Lists and nested settings are JSON (${json_type}): one row per assistant keeps a create at a
-- constant number of statements, and on PostgreSQL jsonb can be indexed and queried.
-- JSON arrays keep their order; objects whose key order matters (variables) are stored as arrays.

CREATE SEQUENCE assistants_id_seq;

CREATE TABLE assistants (
    id                                BIGINT       NOT NULL,
    account_id                        BIGINT       NOT NULL,
    status                            VARCHAR(20)  NOT NULL,
    name                              VARCHAR      NOT NULL,
    voice_id                          BIGINT       NOT NULL,
    language_id                       BIGINT       NOT NULL,
    type                              VARCHAR(20)  NOT NULL,
    timezone                          VARCHAR(64)  NOT NULL,
    initial_message                   VARCHAR      NOT NULL,
    system_prompt                     VARCHAR      NOT NULL,
    mode                              VARCHAR(20)  NOT NULL,
    llm_model_id                      BIGINT,
    multimodal_model_id               BIGINT,
    chat_llm_fallback_id              BIGINT,
    turn_detection_threshold          NUMERIC,
    secondary_language_ids            ${json_type} NOT NULL,
    knowledgebase_id                  BIGINT,
    knowledgebase_mode                VARCHAR(20),
    phone_number_id                   BIGINT,
    tool_ids                          ${json_type} NOT NULL,
    tools                             ${json_type} NOT NULL,
    synthesizer_provider_id           BIGINT       NOT NULL,
    transcriber_provider_id           BIGINT,
    voice_stability                   NUMERIC      NOT NULL,
    voice_similarity                  NUMERIC      NOT NULL,
    speech_speed                      NUMERIC      NOT NULL,
    llm_temperature                   NUMERIC      NOT NULL,
    tts_emotion_enabled               BOOLEAN      NOT NULL,
    allow_interruptions               BOOLEAN      NOT NULL,
    fillers                           BOOLEAN      NOT NULL,
    filler_config                     ${json_type},
    record_calls                      BOOLEAN      NOT NULL,
    enable_noise_cancellation         BOOLEAN      NOT NULL,
    wait_for_customer                 BOOLEAN      NOT NULL,
    max_duration                      INTEGER      NOT NULL,
    max_silence_duration              INTEGER      NOT NULL,
    max_initial_silence_duration      INTEGER,
    ringing_time                      INTEGER      NOT NULL,
    reengagement_interval             INTEGER      NOT NULL,
    reengagement_prompt               VARCHAR,
    voice_mail_message                VARCHAR,
    end_call_on_voicemail             BOOLEAN      NOT NULL,
    endpoint_type                     VARCHAR(20)  NOT NULL,
    endpoint_sensitivity              NUMERIC      NOT NULL,
    interrupt_sensitivity             NUMERIC      NOT NULL,
    min_interrupt_words               INTEGER,
    ambient_sound                     VARCHAR(20),
    ambient_sound_volume              NUMERIC      NOT NULL,
    is_webhook_active                 BOOLEAN      NOT NULL,
    webhook_url                       VARCHAR,
    send_webhook_only_on_completed    BOOLEAN      NOT NULL,
    include_recording_in_webhook      BOOLEAN      NOT NULL,
    conversation_ended_webhook_url    VARCHAR,
    post_call_evaluation              BOOLEAN      NOT NULL,
    post_call_schema                  ${json_type} NOT NULL,
    variables                         ${json_type} NOT NULL,
    conversation_inactivity_timeout   INTEGER      NOT NULL,
    conversation_ended_retrigger      BOOLEAN      NOT NULL,
    created_at                        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_assistants PRIMARY KEY (id),
    CONSTRAINT fk_assistants_account FOREIGN KEY (account_id) REFERENCES accounts (id),
    CONSTRAINT fk_assistants_voice FOREIGN KEY (voice_id) REFERENCES voices (id),
    CONSTRAINT fk_assistants_language FOREIGN KEY (language_id) REFERENCES languages (id),
    CONSTRAINT fk_assistants_llm_model FOREIGN KEY (llm_model_id) REFERENCES llm_models (id),
    CONSTRAINT fk_assistants_multimodal_model FOREIGN KEY (multimodal_model_id) REFERENCES multimodal_models (id),
    CONSTRAINT fk_assistants_chat_llm_fallback FOREIGN KEY (chat_llm_fallback_id) REFERENCES llm_models (id),
    CONSTRAINT fk_assistants_synthesizer_provider FOREIGN KEY (synthesizer_provider_id) REFERENCES synthesizer_providers (id),
    CONSTRAINT fk_assistants_transcriber_provider FOREIGN KEY (transcriber_provider_id) REFERENCES transcriber_providers (id),
    -- Referenced together with the owner: an assistant can never point at another account's number or knowledge base.
    CONSTRAINT fk_assistants_knowledgebase FOREIGN KEY (knowledgebase_id, account_id) REFERENCES knowledgebases (id, account_id),
    CONSTRAINT fk_assistants_phone_number FOREIGN KEY (phone_number_id, account_id) REFERENCES phone_numbers (id, account_id),
    CONSTRAINT ck_assistants_status CHECK (status IN ('inactive', 'active')),
    CONSTRAINT ck_assistants_type CHECK (type IN ('inbound', 'outbound')),
    CONSTRAINT ck_assistants_mode CHECK (mode IN ('pipeline', 'multimodal', 'dualplex')),
    CONSTRAINT ck_assistants_knowledgebase_mode CHECK (knowledgebase_mode IN ('function_call', 'prompt')),
    CONSTRAINT ck_assistants_endpoint_type CHECK (endpoint_type IN ('vad', 'ai')),
    CONSTRAINT ck_assistants_ambient_sound
        CHECK (ambient_sound IN ('off', 'office', 'city', 'forest', 'crowded_room', 'cafe', 'nature'))
);
CREATE INDEX ix_assistants_account ON assistants (account_id);

-- "One inbound assistant per phone number" under concurrent requests and several servers:
-- the unique constraint decides the race, and its name is how the adapter recognises the refusal.
CREATE TABLE inbound_assignments (
    assistant_id    BIGINT NOT NULL,
    phone_number_id BIGINT NOT NULL,
    CONSTRAINT pk_inbound_assignments PRIMARY KEY (assistant_id),
    CONSTRAINT fk_inbound_assignments_assistant FOREIGN KEY (assistant_id) REFERENCES assistants (id),
    CONSTRAINT fk_inbound_assignments_phone_number FOREIGN KEY (phone_number_id) REFERENCES phone_numbers (id),
    CONSTRAINT uq_inbound_assignments_phone_number UNIQUE (phone_number_id)
);
