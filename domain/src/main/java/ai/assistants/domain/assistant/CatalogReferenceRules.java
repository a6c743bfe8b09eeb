package ai.assistants.domain.assistant;

import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.reference.ModelFacts;
import ai.assistants.domain.reference.ProviderFacts;
import ai.assistants.domain.reference.ReferenceFacts;
import ai.assistants.domain.reference.VoiceFacts;
import ai.assistants.domain.validation.ContractKeys;
import ai.assistants.domain.validation.Messages;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** References to platform-wide reference data: voice, languages, models, speech providers. */
final class CatalogReferenceRules implements DraftPolicy {

    @Override
    public void check(AssistantDraft draft, ReferenceFacts facts, Report report) {
        Optional<EngineMode> mode = Modes.mode(draft);
        checkVoice(draft, facts, mode, report);
        if (isCheckable(draft.languageId(), "language_id", report) && !facts.languageIds().contains(draft.languageId())) {
            report.add("language_id", Messages.invalidSelection("language_id"));
        }
        checkSecondaryLanguages(draft, facts, report);
        checkModel(draft.llmModelId(), "llm_model_id", facts.llmModels(), Optional.empty(), report);
        checkModel(draft.chatLlmFallbackId(), "chat_llm_fallback_id", facts.llmModels(), Optional.empty(), report);
        checkModel(draft.multimodalModelId(), "multimodal_model_id", facts.multimodalModels(), mode, report);
        checkProvider(draft.synthesizerProviderId(), "synthesizer_provider_id", facts.synthesizerProviders(), draft, report);
        checkProvider(draft.transcriberProviderId(), "transcriber_provider_id", facts.transcriberProviders(), draft, report);
    }

    private static void checkVoice(AssistantDraft draft, ReferenceFacts facts, Optional<EngineMode> mode, Report report) {
        if (!isCheckable(draft.voiceId(), "voice_id", report)) {
            return;
        }
        VoiceFacts voice = facts.voices().get(draft.voiceId());
        if (voice == null) {
            report.add("voice_id", Messages.invalidSelection("voice_id"));
        } else if (mode.isPresent() && (voice.modes() == null || !voice.modes().contains(mode.get()))) {
            report.add("voice_id", Messages.VOICE_NOT_COMPATIBLE);
        }
    }

    private static void checkSecondaryLanguages(AssistantDraft draft, ReferenceFacts facts, Report report) {
        List<Long> ids = draft.secondaryLanguageIds();
        if (ids == null || report.has("secondary_language_ids")) {
            return;
        }
        for (int index = 0; index < ids.size(); index++) {
            String key = ContractKeys.child("secondary_language_ids", index);
            if (isCheckable(ids.get(index), key, report) && !facts.languageIds().contains(ids.get(index))) {
                report.add(key, Messages.invalidSelection(key));
            }
        }
        if (draft.languageId() != null && ids.contains(draft.languageId())) {
            report.add("secondary_language_ids", Messages.SECONDARY_CONTAINS_PRIMARY);
        }
    }

    /** A model is looked up among the models of the field's kind, and must run in the draft's mode if one is given. */
    private static void checkModel(Long id, String key, Map<Long, ModelFacts> models, Optional<EngineMode> mode,
                                   Report report) {
        if (!isCheckable(id, key, report)) {
            return;
        }
        ModelFacts model = models.get(id);
        boolean fits = model != null && mode.map(m -> model.modes() != null && model.modes().contains(m)).orElse(true);
        if (!fits) {
            report.add(key, Messages.invalidSelection(key));
        }
    }

    private static void checkProvider(Long id, String key, Map<Long, ProviderFacts> providers, AssistantDraft draft,
                                      Report report) {
        if (!isCheckable(id, key, report)) {
            return;
        }
        ProviderFacts provider = providers.get(id);
        boolean supportsLanguage = draft.languageId() == null || report.has("language_id")
                || provider != null && provider.languageIds() != null && provider.languageIds().contains(draft.languageId());
        if (provider == null || !supportsLanguage) {
            report.add(key, Messages.invalidSelection(key));
        }
    }

    static boolean isCheckable(Object id, String key, Report report) {
        return id != null && !report.has(key);
    }
}
