package ai.assistants.domain.assistant;

import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.ReferenceFacts;
import ai.assistants.domain.validation.Messages;

/**
 * Speech providers the caller did not name are the primary language's defaults; a transcriber
 * exists only in pipeline mode. When the language has no default, the field is required.
 */
final class ProviderChoice implements DraftPolicy {

    @Override
    public void check(AssistantDraft draft, ReferenceFacts facts, Report report) {
        if (draft.languageId() == null || report.has("language_id")) {
            return;
        }
        if (draft.synthesizerProviderId() == null && facts.defaultSynthesizerProviderId() == null) {
            report.add("synthesizer_provider_id", Messages.required("synthesizer_provider_id"));
        }
        if (usesTranscriber(draft) && draft.transcriberProviderId() == null && facts.defaultTranscriberProviderId() == null) {
            report.add("transcriber_provider_id", Messages.required("transcriber_provider_id"));
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
