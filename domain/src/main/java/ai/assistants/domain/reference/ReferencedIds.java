package ai.assistants.domain.reference;

import java.util.Set;

/**
 * Every id a draft refers to, grouped by what it names, so that each group is looked up in
 * one call whatever the length of the draft's lists. {@code languageId} is the primary
 * language whose default providers are needed, or {@code null}.
 */
public record ReferencedIds(
        Long languageId,
        Set<Long> voiceIds,
        Set<Long> languageIds,
        Set<Long> llmModelIds,
        Set<Long> multimodalModelIds,
        Set<Long> synthesizerProviderIds,
        Set<Long> transcriberProviderIds,
        Set<Long> phoneNumberIds,
        Set<Long> toolIds,
        Set<Long> knowledgebaseIds,
        Set<Long> assistantIds,
        Set<Long> folderIds,
        Set<Long> labelIds) {
}
