package ai.assistants.adapters.persistence.assistant;

import ai.assistants.adapters.persistence.json.StoredJson;
import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.assistant.AssistantProfiles;
import ai.assistants.domain.assistant.KnowledgebaseAttachment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings JSON, byte for byte: rows already stored hold exactly this shape. */
class StoredSettingsTest {

    private static final AssistantEntityMapper MAPPER = AssistantEntityMapper.INSTANCE;

    /** AssistantProfiles.full() as the writer has stored it since V1_6 (keys in JSON-B's lexicographic order). */
    static final String FULL_SETTINGS = """
            {"ambient":{"ambient_sound":"office","ambient_sound_volume":0.3},\
            "call":{"allow_interruptions":false,"enable_noise_cancellation":false,\
            "filler_config":{"negative":["Oh no"],"neutral":["Okay"],"positive":["Great"],"question":["Hmm"]},\
            "fillers":true,"record":true,"wait_for_customer":true},\
            "conversation":{"conversation_ended_retrigger":true,"conversation_inactivity_timeout":60},\
            "endpointing":{"endpoint_sensitivity":1.5,"endpoint_type":"ai","interrupt_sensitivity":2,\
            "min_interrupt_words":2},"engine":{"llm_model_id":1,"mode":"pipeline"},\
            "evaluation":{"post_call_evaluation":true,\
            "post_call_schema":[{"description":"What the caller decided","name":"outcome","type":"string"}]},\
            "initial_message":"Hi, this is Acme.","knowledgebase":{"knowledgebase_id":1,"mode":"prompt"},\
            "providers":{"synthesizer_provider_id":1,"transcriber_provider_id":2},\
            "reengagement":{"reengagement_interval":45,"reengagement_prompt":"Are you still there?"},\
            "secondary_language_ids":[2],"system_prompt":"You sell {{company_name}} products.",\
            "timezone":"Europe/Bucharest","timing":{"max_duration":900,"max_initial_silence_duration":15,\
            "max_silence_duration":60,"ringing_time":20},"variables":[{"name":"company_name",\
            "value":"Acme"},{"name":"max_discount","value":15},{"name":"vip","value":true}],\
            "voice":{"llm_temperature":0.3,"speech_speed":1.1,"tts_emotion_enabled":false,\
            "voice_similarity":0.6,"voice_stability":0.8},"voicemail":{"end_call_on_voicemail":false,\
            "voice_mail_message":"Please call us back."},\
            "webhooks":{"conversation_ended_webhook_url":"https://hooks.example.com/ended",\
            "inbound_webhook_url":"https://hooks.example.com/inbound","include_recording_in_webhook":false,\
            "is_webhook_active":true,"send_webhook_only_on_completed":false,\
            "webhook_url":"https://hooks.example.com/assistant"}}""";

    /** What FULL_SETTINGS held before the webhooks group had an inbound URL: every row written until then. */
    static final String FULL_SETTINGS_BEFORE_INBOUND_WEBHOOK_URL =
            FULL_SETTINGS.replace("\"inbound_webhook_url\":\"https://hooks.example.com/inbound\",", "");

    @Test
    void writesTheSettingsAsRowsAlreadyStoredHoldThem() {
        assertThat(MAPPER.settingsJson(AssistantProfiles.full())).isEqualTo(FULL_SETTINGS);
    }

    @Test
    void readsTheStoredSettingsBackIntoTheSameProfile() {
        AssistantProfile full = AssistantProfiles.full();
        AssistantEntity entity = MAPPER.toEntity(full);

        assertThat(MAPPER.toProfile(entity, StoredJson.read(FULL_SETTINGS, StoredSettings.class))).isEqualTo(full);
    }

    @Test
    void readsARowStoredBeforeTheInboundWebhookUrlExistedAsOneThatNeverSetIt() {
        AssistantProfile full = AssistantProfiles.full();
        AssistantEntity entity = MAPPER.toEntity(full);

        AssistantProfile read = MAPPER.toProfile(entity,
                StoredJson.read(FULL_SETTINGS_BEFORE_INBOUND_WEBHOOK_URL, StoredSettings.class));

        assertThat(FULL_SETTINGS_BEFORE_INBOUND_WEBHOOK_URL).doesNotContain("inbound");
        assertThat(read.webhooks().inboundWebhookUrl()).isNull();
        assertThat(read.webhooks().conversationEndedWebhookUrl()).isEqualTo(full.webhooks().conversationEndedWebhookUrl());
    }

    @Test
    void readsAKnowledgebaseLeftOutOrNullAsNone() {
        KnowledgebaseAttachment none = new KnowledgebaseAttachment(null, null);
        AssistantProfile minimal = AssistantProfiles.minimal();
        AssistantEntity entity = MAPPER.toEntity(minimal);

        assertThat(MAPPER.toProfile(entity, StoredJson.read("{}", StoredSettings.class)).knowledgebase()).isEqualTo(none);
        assertThat(MAPPER.toProfile(entity, StoredJson.read("{\"knowledgebase\":null}", StoredSettings.class))
                .knowledgebase()).isEqualTo(none);
        assertThat(MAPPER.settingsJson(minimal)).doesNotContain("knowledgebase");
    }
}
