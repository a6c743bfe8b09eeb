package ai.assistants.domain.assistant;

import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.ReferenceFacts;
import ai.assistants.domain.validation.Rule;

import static ai.assistants.domain.assistant.ProfileFields.LANGUAGE_ID;
import static ai.assistants.domain.assistant.ProfileFields.SYNTHESIZER_PROVIDER_ID;
import static ai.assistants.domain.assistant.ProfileFields.TRANSCRIBER_PROVIDER_ID;

/**
 * Speech providers the caller did not name are the primary language's defaults; a transcriber
 * exists only in pipeline mode. When the language has no default, the field is required.
 */
final class ProviderChoice implements DraftPolicy {

    @Override
    public void check(AssistantProfile draft, ReferenceFacts facts, Report report) {
        if (draft.languageId() == null || report.has(LANGUAGE_ID.path())) {
            return;
        }
        if (SYNTHESIZER_PROVIDER_ID.of(draft) == null && facts.defaultSynthesizerProviderId() == null) {
            report.add(SYNTHESIZER_PROVIDER_ID.path(), Rule.REQUIRED);
        }
        if (usesTranscriber(draft) && TRANSCRIBER_PROVIDER_ID.of(draft) == null && facts.defaultTranscriberProviderId() == null) {
            report.add(TRANSCRIBER_PROVIDER_ID.path(), Rule.REQUIRED);
        }
    }

    /** Only for a draft that passed {@link #check}. */
    static ProviderSelection resolve(AssistantProfile draft, ReferenceFacts facts) {
        Long synthesizer = SYNTHESIZER_PROVIDER_ID.of(draft) != null
                ? SYNTHESIZER_PROVIDER_ID.of(draft) : facts.defaultSynthesizerProviderId();
        Long transcriber = !usesTranscriber(draft) ? null
                : TRANSCRIBER_PROVIDER_ID.of(draft) != null ? TRANSCRIBER_PROVIDER_ID.of(draft) : facts.defaultTranscriberProviderId();
        return new ProviderSelection(synthesizer, transcriber);
    }

    private static boolean usesTranscriber(AssistantProfile draft) {
        return Modes.mode(draft).filter(EngineMode.PIPELINE::equals).isPresent();
    }
}
