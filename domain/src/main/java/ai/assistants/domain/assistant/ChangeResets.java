package ai.assistants.domain.assistant;

import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.ProviderFacts;
import ai.assistants.domain.reference.ReferenceFacts;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static ai.assistants.domain.assistant.ProfileFields.*;

/**
 * What an update changes beyond the fields it names (the contract's "PUT" section): a new engine mode
 * drops the models and providers chosen for the old one and puts back the settings it prohibits; a
 * new language drops the providers that do not speak it; clearing the knowledge base or the webhook URL
 * clears what depends on it. A field the request names keeps the value sent, so its own rules judge it.
 */
final class ChangeResets {

    private static final Set<EngineMode> SPEECH_TO_SPEECH = EnumSet.of(EngineMode.MULTIMODAL, EngineMode.DUALPLEX);

    private ChangeResets() {
    }

    static AssistantProfile apply(AssistantProfile stored, AssistantChange change, ReferenceFacts facts) {
        AssistantProfile requested = change.requested();
        EngineSettings engine = requested.engine();
        ProviderSelection providers = requested.providers();
        CallBehavior call = requested.call();
        KnowledgebaseAttachment knowledgebase = requested.knowledgebase();
        WebhookSettings webhooks = requested.webhooks();

        EngineMode mode = MODE.of(requested);
        if (mode != null && mode != MODE.of(stored)) {
            engine = new EngineSettings(mode, sentOrNone(change, LLM_MODEL_ID), sentOrNone(change, MULTIMODAL_MODEL_ID),
                    sentOrNone(change, CHAT_LLM_FALLBACK_ID), sentOrNone(change, TURN_DETECTION_THRESHOLD));
            providers = new ProviderSelection(sentOrNone(change, SYNTHESIZER_PROVIDER_ID),
                    sentOrNone(change, TRANSCRIBER_PROVIDER_ID));
            if (SPEECH_TO_SPEECH.contains(mode)) {
                call = new CallBehavior(sentOrNone(change, ALLOW_INTERRUPTIONS), sentOrNone(change, FILLERS),
                        sentOrNone(change, FILLER_CONFIG), call.record(), call.enableNoiseCancellation(),
                        call.waitForCustomer());
                if (!change.isSent(KNOWLEDGEBASE_MODE) && knowledgebase.knowledgebaseMode() == KnowledgebaseMode.PROMPT) {
                    knowledgebase = new KnowledgebaseAttachment(knowledgebase.knowledgebaseId(), null);
                }
            }
        }
        Long languageId = LANGUAGE_ID.of(requested);
        if (languageId != null && !languageId.equals(LANGUAGE_ID.of(stored))) {
            providers = new ProviderSelection(
                    speaking(providers.synthesizerProviderId(), change.isSent(SYNTHESIZER_PROVIDER_ID),
                            facts.synthesizerProviders(), languageId),
                    speaking(providers.transcriberProviderId(), change.isSent(TRANSCRIBER_PROVIDER_ID),
                            facts.transcriberProviders(), languageId));
        }
        if (change.isSent(KNOWLEDGEBASE_ID) && KNOWLEDGEBASE_ID.of(requested) == null && !change.isSent(KNOWLEDGEBASE_MODE)) {
            knowledgebase = KnowledgebaseAttachment.NONE;
        }
        if (change.isSent(WEBHOOK_URL) && WEBHOOK_URL.of(requested) == null && !change.isSent(IS_WEBHOOK_ACTIVE)) {
            webhooks = webhooks.switchedOff();
        }
        return requested.withParts(engine, knowledgebase, providers, call, webhooks);
    }

    /** The value sent, or none, so that the defaults of a create apply again. */
    private static <T> T sentOrNone(AssistantChange change, ProfileField<AssistantProfile, T> field) {
        return change.isSent(field) ? field.of(change.requested()) : null;
    }

    /** A provider kept from before is kept only if it speaks the new language; none is chosen again from it. */
    private static Long speaking(Long providerId, boolean sent, Map<Long, ProviderFacts> providers, Long languageId) {
        if (providerId == null || sent) {
            return providerId;
        }
        ProviderFacts provider = providers.get(providerId);
        boolean speaks = provider != null && provider.languageIds() != null && provider.languageIds().contains(languageId);
        return speaks ? providerId : null;
    }
}
