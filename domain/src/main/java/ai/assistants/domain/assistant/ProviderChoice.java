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
final class ProviderChoice implements ProposalPolicy {

    @Override
    public void check(AssistantProfile proposal, ReferenceFacts facts, Report report) {
        if (proposal.languageId() == null || report.has(LANGUAGE_ID.path())) {
            return;
        }
        if (SYNTHESIZER_PROVIDER_ID.of(proposal) == null && facts.defaultSynthesizerProviderId() == null) {
            report.add(SYNTHESIZER_PROVIDER_ID.path(), Rule.REQUIRED);
        }
        if (usesTranscriber(proposal) && TRANSCRIBER_PROVIDER_ID.of(proposal) == null && facts.defaultTranscriberProviderId() == null) {
            report.add(TRANSCRIBER_PROVIDER_ID.path(), Rule.REQUIRED);
        }
    }

    /** Only for a proposal that passed {@link #check}. */
    static ProviderSelection resolve(AssistantProfile proposal, ReferenceFacts facts) {
        Long synthesizer = SYNTHESIZER_PROVIDER_ID.of(proposal) != null
                ? SYNTHESIZER_PROVIDER_ID.of(proposal) : facts.defaultSynthesizerProviderId();
        Long transcriber = !usesTranscriber(proposal) ? null
                : TRANSCRIBER_PROVIDER_ID.of(proposal) != null ? TRANSCRIBER_PROVIDER_ID.of(proposal) : facts.defaultTranscriberProviderId();
        return new ProviderSelection(synthesizer, transcriber);
    }

    private static boolean usesTranscriber(AssistantProfile proposal) {
        return Modes.mode(proposal).filter(EngineMode.PIPELINE::equals).isPresent();
    }
}
