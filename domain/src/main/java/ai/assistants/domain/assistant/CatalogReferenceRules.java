package ai.assistants.domain.assistant;

import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.ModelFacts;
import ai.assistants.domain.reference.ProviderFacts;
import ai.assistants.domain.reference.ReferenceFacts;
import ai.assistants.domain.reference.VoiceFacts;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.Rule;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static ai.assistants.domain.assistant.ProfileFields.*;
import static ai.assistants.domain.assistant.ProposalPolicy.isCheckable;

/** References to platform-wide reference data: voice, languages, models, speech providers. */
final class CatalogReferenceRules implements ProposalPolicy {

    @Override
    public void check(AssistantProfile proposal, ReferenceFacts facts, Report report) {
        Optional<EngineMode> mode = Modes.mode(proposal);
        checkVoice(proposal, facts, mode, report);
        Long languageId = LANGUAGE_ID.of(proposal);
        if (isCheckable(languageId, LANGUAGE_ID.path(), report) && !facts.languageIds().contains(languageId)) {
            report.add(LANGUAGE_ID.path(), Rule.UNKNOWN_REFERENCE);
        }
        checkSecondaryLanguages(proposal, facts, report);
        checkModel(proposal, LLM_MODEL_ID, facts.llmModels(), Optional.empty(), report);
        checkModel(proposal, CHAT_LLM_FALLBACK_ID, facts.llmModels(), Optional.empty(), report);
        checkModel(proposal, MULTIMODAL_MODEL_ID, facts.multimodalModels(), mode, report);
        checkProvider(proposal, SYNTHESIZER_PROVIDER_ID, facts.synthesizerProviders(), report);
        checkProvider(proposal, TRANSCRIBER_PROVIDER_ID, facts.transcriberProviders(), report);
    }

    private static void checkVoice(AssistantProfile proposal, ReferenceFacts facts, Optional<EngineMode> mode, Report report) {
        Long voiceId = VOICE_ID.of(proposal);
        if (!isCheckable(voiceId, VOICE_ID.path(), report)) {
            return;
        }
        VoiceFacts voice = facts.voices().get(voiceId);
        if (voice == null) {
            report.add(VOICE_ID.path(), Rule.UNKNOWN_REFERENCE);
        } else if (mode.isPresent() && (voice.modes() == null || !voice.modes().contains(mode.get()))) {
            report.add(VOICE_ID.path(), Rule.VOICE_NOT_COMPATIBLE);
        }
    }

    private static void checkSecondaryLanguages(AssistantProfile proposal, ReferenceFacts facts, Report report) {
        List<Long> ids = SECONDARY_LANGUAGE_IDS.of(proposal);
        FieldPath list = SECONDARY_LANGUAGE_IDS.path();
        if (ids == null || report.has(list)) {
            return;
        }
        for (int index = 0; index < ids.size(); index++) {
            FieldPath item = list.index(index);
            if (isCheckable(ids.get(index), item, report) && !facts.languageIds().contains(ids.get(index))) {
                report.add(item, Rule.UNKNOWN_REFERENCE);
            }
        }
        Long primary = LANGUAGE_ID.of(proposal);
        if (primary != null && ids.contains(primary)) {
            report.add(list, Rule.SECONDARY_CONTAINS_PRIMARY);
        }
    }

    /** A model is looked up among the models of the field's kind, and must run in the proposal's mode if one is given. */
    private static void checkModel(AssistantProfile proposal, ProfileField<AssistantProfile, Long> field,
                                   Map<Long, ModelFacts> models, Optional<EngineMode> mode, Report report) {
        Long id = field.of(proposal);
        if (!isCheckable(id, field.path(), report)) {
            return;
        }
        ModelFacts model = models.get(id);
        boolean fits = model != null && mode.map(m -> model.modes() != null && model.modes().contains(m)).orElse(true);
        if (!fits) {
            report.add(field.path(), Rule.UNKNOWN_REFERENCE);
        }
    }

    private static void checkProvider(AssistantProfile proposal, ProfileField<AssistantProfile, Long> field,
                                      Map<Long, ProviderFacts> providers, Report report) {
        Long id = field.of(proposal);
        if (!isCheckable(id, field.path(), report)) {
            return;
        }
        ProviderFacts provider = providers.get(id);
        Long languageId = LANGUAGE_ID.of(proposal);
        boolean supportsLanguage = languageId == null || report.has(LANGUAGE_ID.path())
                || provider != null && provider.languageIds() != null && provider.languageIds().contains(languageId);
        if (provider == null || !supportsLanguage) {
            report.add(field.path(), Rule.UNKNOWN_REFERENCE);
        }
    }
}
