-- The row a 201 of create-201.json writes (run.sh checks that the two rows are equal, all but
-- id and timestamps), inserted the cheapest way PostgreSQL allows: one autocommitted statement
-- taking its id from the same sequence. A space follows every colon in the JSON: pgbench reads
-- ":name" as one of its variables.
INSERT INTO assistants (
    id, account_id, status, type, mode, name, voice_id, language_id, phone_number_id, knowledgebase_id,
    tool_ids, tools, settings, created_at, updated_at
) VALUES (
    nextval('assistants_id_seq'), 1, 'inactive', 'outbound', 'pipeline', 'Sales Assistant', 1, 1, NULL, NULL,
    NULL, '[{"type": "end_call", "description": "End call when customer is satisfied"}]',
    '{"timezone": "America/New_York", "initial_message": "Hello! How can I help you today?",
      "system_prompt": "You are a professional sales assistant...",
      "engine": {"mode": "pipeline", "llm_model_id": 2},
      "providers": {"synthesizer_provider_id": 1, "transcriber_provider_id": 1},
      "voice": {"voice_stability": 0.70, "voice_similarity": 0.50, "speech_speed": 1.00, "llm_temperature": 0.10,
                "tts_emotion_enabled": true},
      "call": {"allow_interruptions": true, "fillers": false, "record": true, "enable_noise_cancellation": true,
               "wait_for_customer": false},
      "timing": {"max_duration": 600, "max_silence_duration": 40, "ringing_time": 30},
      "reengagement": {"reengagement_interval": 30},
      "voicemail": {"end_call_on_voicemail": true},
      "endpointing": {"endpoint_type": "vad", "endpoint_sensitivity": 0.5, "interrupt_sensitivity": 0.5},
      "ambient": {"ambient_sound_volume": 0.5},
      "webhooks": {"is_webhook_active": false, "send_webhook_only_on_completed": true,
                   "include_recording_in_webhook": true},
      "evaluation": {"post_call_evaluation": true},
      "conversation": {"conversation_inactivity_timeout": 30, "conversation_ended_retrigger": false}}',
    now(), now()
);
