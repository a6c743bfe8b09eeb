package ai.assistants.adapters.persistence.assistant;

import ai.assistants.domain.assistant.AmbientSettings;
import ai.assistants.domain.assistant.CallBehavior;
import ai.assistants.domain.assistant.ConversationSettings;
import ai.assistants.domain.assistant.EndpointingSettings;
import ai.assistants.domain.assistant.EngineSettings;
import ai.assistants.domain.assistant.KnowledgebaseAttachment;
import ai.assistants.domain.assistant.PostCallEvaluation;
import ai.assistants.domain.assistant.ProviderSelection;
import ai.assistants.domain.assistant.ReengagementSettings;
import ai.assistants.domain.assistant.TimingSettings;
import ai.assistants.domain.assistant.Variables;
import ai.assistants.domain.assistant.VoiceSettings;
import ai.assistants.domain.assistant.VoicemailSettings;
import ai.assistants.domain.assistant.WebhookSettings;

import java.util.List;

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
 * <p>Public because JSON-B reads records through public accessors only.
 */
public record StoredSettings(
        String timezone,
        String initialMessage,
        String systemPrompt,
        EngineSettings engine,
        List<Long> secondaryLanguageIds,
        KnowledgebaseAttachment knowledgebase,
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
        Variables variables,
        ConversationSettings conversation) {

    public StoredSettings {
        // JSON-B leaves out the variables of a profile that never had any, and reads the
        // missing key as null; the profile holds them as Variables without values.
        variables = variables == null ? new Variables(null) : variables;
    }
}
