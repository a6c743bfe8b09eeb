package ai.assistants.domain.reference;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What storage knows about the ids a draft refers to. Account-owned maps and sets hold only
 * the caller's own resources, so another account's id looks exactly like an unknown one.
 * The default providers are those of the draft's primary language ({@code null} when none).
 */
public record ReferenceFacts(
        Map<Long, VoiceFacts> voices,
        Set<Long> languageIds,
        Map<Long, ModelFacts> llmModels,
        Map<Long, ModelFacts> multimodalModels,
        Map<Long, ProviderFacts> synthesizerProviders,
        Map<Long, ProviderFacts> transcriberProviders,
        Long defaultSynthesizerProviderId,
        Long defaultTranscriberProviderId,
        Map<Long, PhoneNumberFacts> phoneNumbers,
        Set<Long> toolIds,
        Set<Long> knowledgebaseIds,
        Set<Long> assistantIds,
        Set<Long> folderIds,
        Set<Long> labelIds) {

    /**
     * These facts as they stand once the assistants {@code gone} no longer exist: what a request
     * that named them is judged on when they were deleted after it was looked up.
     */
    public ReferenceFacts withoutAssistants(Set<Long> gone) {
        Set<Long> remaining = new HashSet<>(assistantIds == null ? Set.of() : assistantIds);
        remaining.removeAll(gone);
        return new ReferenceFacts(voices, languageIds, llmModels, multimodalModels, synthesizerProviders,
                transcriberProviders, defaultSynthesizerProviderId, defaultTranscriberProviderId, phoneNumbers,
                toolIds, knowledgebaseIds, Set.copyOf(remaining), folderIds, labelIds);
    }

    /**
     * These facts as they stand once the caller's {@code kind} resources {@code gone} no longer exist:
     * what a request that named them is judged on when they were deleted after it was looked up.
     */
    public ReferenceFacts withoutOwned(OwnedKind kind, Set<Long> gone) {
        return new ReferenceFacts(voices, languageIds, llmModels, multimodalModels, synthesizerProviders,
                transcriberProviders, defaultSynthesizerProviderId, defaultTranscriberProviderId, phoneNumbers,
                kind == OwnedKind.MID_CALL_TOOL ? remove(toolIds, gone) : toolIds,
                kind == OwnedKind.KNOWLEDGEBASE ? remove(knowledgebaseIds, gone) : knowledgebaseIds,
                assistantIds, kind == OwnedKind.FOLDER ? remove(folderIds, gone) : folderIds,
                kind == OwnedKind.LABEL ? remove(labelIds, gone) : labelIds);
    }

    /**
     * These facts as they stand once the caller's phone numbers {@code gone} no longer exist: what a
     * request that used them is judged on when an operator deleted them after it was looked up.
     */
    public ReferenceFacts withoutPhoneNumbers(Set<Long> gone) {
        Map<Long, PhoneNumberFacts> remaining = new HashMap<>(phoneNumbers == null ? Map.of() : phoneNumbers);
        remaining.keySet().removeAll(gone);
        return new ReferenceFacts(voices, languageIds, llmModels, multimodalModels, synthesizerProviders,
                transcriberProviders, defaultSynthesizerProviderId, defaultTranscriberProviderId, Map.copyOf(remaining),
                toolIds, knowledgebaseIds, assistantIds, folderIds, labelIds);
    }

    private static Set<Long> remove(Set<Long> ids, Set<Long> gone) {
        Set<Long> remaining = new HashSet<>(ids == null ? Set.of() : ids);
        remaining.removeAll(gone);
        return Set.copyOf(remaining);
    }
}
