package ai.assistants.adapters.persistence.assistant;

import ai.assistants.adapters.persistence.json.VariablesAsPairs;
import ai.assistants.domain.assistant.AmbientSettings;
import ai.assistants.domain.assistant.CallBehavior;
import ai.assistants.domain.assistant.ConversationSettings;
import ai.assistants.domain.assistant.EndpointingSettings;
import ai.assistants.domain.assistant.EngineSettings;
import ai.assistants.domain.assistant.KnowledgebaseMode;
import ai.assistants.domain.assistant.PostCallEvaluation;
import ai.assistants.domain.assistant.ProviderSelection;
import ai.assistants.domain.assistant.ReengagementSettings;
import ai.assistants.domain.assistant.TimingSettings;
import ai.assistants.domain.assistant.VoiceSettings;
import ai.assistants.domain.assistant.VoicemailSettings;
import ai.assistants.domain.assistant.WebhookSettings;
import jakarta.json.bind.annotation.JsonbTypeAdapter;

import java.util.List;
import java.util.Map;

/**
 * The parts of an assistant's profile that no query looks into, stored together as the row's
 * {@code settings} JSON. Each group is the domain's own record, written whole, so a field added to
 * a group needs no change in this module; a part added to the profile needs a component here, and
 * the mapper fails the build until it has one.
 *
 * <p>{@code engine} and {@code knowledgebase} are stored whole too, though their mode and
 * knowledge base id are also columns: the columns are copies for queries and constraints, written
 * from the same profile, and the profile is read back from here.
 *
 * <p>{@code labelIds} is kept here in the order sent; each is also a row of {@code assistant_labels}
 * ({@link ReferenceRows#LABELS}), for the foreign key and for a label's delete to find its assistants.
 *
 * <p>Public because JSON-B reads records through public accessors only.
 */
public record StoredSettings(
        String timezone,
        String initialMessage,
        String systemPrompt,
        EngineSettings engine,
        List<Long> secondaryLanguageIds,
        Knowledgebase knowledgebase,
        ProviderSelection providers,
        VoiceSettings voice,
        CallBehavior call,
        TimingSettings timing,
        ReengagementSettings reengagement,
        VoicemailSettings voicemail,
        EndpointingSettings endpointing,
        AmbientSettings ambient,
        WebhookSettings webhooks,
        PostCallEvaluation evaluation,
        @JsonbTypeAdapter(VariablesAsPairs.class) Map<String, Object> variables,
        ConversationSettings conversation,
        List<Long> labelIds) {

    /**
     * The knowledge base group as every row since V1_6 holds it, {@code {"knowledgebase_id": 1,
     * "mode": "prompt"}}, and left out when there is none. Not the domain's
     * KnowledgebaseAttachment written whole: its mode is now {@code knowledgebaseMode}, which
     * JSON-B would write as a key that no stored row has.
     */
    public record Knowledgebase(Long knowledgebaseId, KnowledgebaseMode mode) {
    }
}
