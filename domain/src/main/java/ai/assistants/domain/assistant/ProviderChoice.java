package ai.assistants.domain.assistant;

import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.ReferenceFacts;
import ai.assistants.domain.validation.Rule;

import static ai.assistants.domain.assistant.DraftFields.LANGUAGE_ID;
import static ai.assistants.domain.assistant.DraftFields.SYNTHESIZER_PROVIDER_ID;
import static ai.assistants.domain.assistant.DraftFields.TRANSCRIBER_PROVIDER_ID;

/**
 * Speech providers the caller did not name are the primary language's defaults; a transcriber
 * exists only in pipeline mode. When the language has no default, the field is required.
 */
final class ProviderChoice implements DraftPolicy {

    @Override
    public void check(AssistantDraft draft, ReferenceFacts facts, Report report) {
        if (draft.languageId() == null || report.has(LANGUAGE_ID.path())) {
            return;
        }
        if (draft.synthesizerProviderId() == null && facts.defaultSynthesizerProviderId() == null) {
            report.add(SYNTHESIZER_PROVIDER_ID.path(), Rule.REQUIRED);
        }
        if (usesTranscriber(draft) && draft.transcriberProviderId() == null && facts.defaultTranscriberProviderId() == null) {
            report.add(TRANSCRIBER_PROVIDER_ID.path(), Rule.REQUIRED);
        }
    }

    /** Only for a draft that passed {@link #check}. */
    static ProviderSelection resolve(AssistantDraft draft, ReferenceFacts facts) {
        long synthesizer = draft.synthesizerProviderId() != null
                ? draft.synthesizerProviderId() : facts.defaultSynthesizerProviderId();
        Long transcriber = !usesTranscriber(draft) ? null
                : draft.transcriberProviderId() != null ? draft.transcriberProviderId() : facts.defaultTranscriberProviderId();
        return new ProviderSelection(synthesizer, transcriber);
    }

    private static boolean usesTranscriber(AssistantDraft draft) {
        return Modes.mode(draft).filter(EngineMode.PIPELINE::equals).isPresent();
    }
}
