-- The row a 201 of create-201.json writes (run.sh checks that the two rows are equal, all but
-- id and timestamps), inserted the cheapest way PostgreSQL allows: one autocommitted statement
-- taking its id from the same sequence.
INSERT INTO assistants (
    id, account_id, status, name, voice_id, language_id, type, timezone, initial_message, system_prompt,
    mode, llm_model_id, multimodal_model_id, chat_llm_fallback_id, turn_detection_threshold,
    secondary_language_ids, knowledgebase_id, knowledgebase_mode, phone_number_id, tool_ids, tools,
    synthesizer_provider_id, transcriber_provider_id, voice_stability, voice_similarity, speech_speed,
    llm_temperature, tts_emotion_enabled, allow_interruptions, fillers, filler_config, record_calls,
    enable_noise_cancellation, wait_for_customer, max_duration, max_silence_duration,
    max_initial_silence_duration, ringing_time, reengagement_interval, reengagement_prompt,
    voice_mail_message, end_call_on_voicemail, endpoint_type, endpoint_sensitivity, interrupt_sensitivity,
    min_interrupt_words, ambient_sound, ambient_sound_volume, is_webhook_active, webhook_url,
    send_webhook_only_on_completed, include_recording_in_webhook, conversation_ended_webhook_url,
    post_call_evaluation, post_call_schema, variables, conversation_inactivity_timeout,
    conversation_ended_retrigger, created_at, updated_at
) VALUES (
    nextval('assistants_id_seq'), 1, 'inactive', 'Sales Assistant', 1, 1, 'outbound', 'America/New_York',
    'Hello! How can I help you today?', 'You are a professional sales assistant...',
    'pipeline', 2, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, '[{"type": "end_call", "description": "End call when customer is satisfied"}]',
    1, 1, 0.70, 0.50, 1.00,
    0.10, true, true, false, NULL, true,
    true, false, 600, 40,
    NULL, 30, 30, NULL,
    NULL, true, 'vad', 0.5, 0.5,
    NULL, NULL, 0.5, false, NULL,
    true, true, NULL,
    true, NULL, NULL, 30,
    false, now(), now()
);
