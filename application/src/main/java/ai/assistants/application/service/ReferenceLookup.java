package ai.assistants.application.service;

import ai.assistants.application.port.out.AccountResources;
import ai.assistants.application.port.out.ReferenceData;
import ai.assistants.application.port.out.ReferenceData.DefaultProviders;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.reference.ModelKind;
import ai.assistants.domain.reference.ReferenceFacts;
import ai.assistants.domain.reference.ReferencedIds;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the ids a draft refers to into the facts the domain decides on: one out-port call per
 * group of ids, so the number of queries does not grow with the length of the draft's lists.
 * Account-owned look-ups are filtered by the caller, which is what makes another account's id
 * indistinguishable from an unknown one.
 */
public final class ReferenceLookup {

    private final ReferenceData referenceData;
    private final AccountResources accountResources;

    public ReferenceLookup(ReferenceData referenceData, AccountResources accountResources) {
        this.referenceData = referenceData;
        this.accountResources = accountResources;
    }

    public ReferenceFacts factsFor(AccountId caller, ReferencedIds ids) {
        DefaultProviders defaults = ids.languageId() == null
                ? DefaultProviders.NONE
                : referenceData.defaultProviders(ids.languageId());
        return new ReferenceFacts(
                map(ids.voiceIds(), referenceData::voices),
                set(ids.languageIds(), referenceData::existingLanguages),
                map(ids.llmModelIds(), modelIds -> referenceData.models(ModelKind.LLM, modelIds)),
                map(ids.multimodalModelIds(), modelIds -> referenceData.models(ModelKind.MULTIMODAL, modelIds)),
                map(ids.synthesizerProviderIds(), referenceData::synthesizerProviders),
                map(ids.transcriberProviderIds(), referenceData::transcriberProviders),
                defaults.synthesizerProviderId(),
                defaults.transcriberProviderId(),
                map(ids.phoneNumberIds(), phoneIds -> accountResources.phoneNumbers(caller, phoneIds)),
                set(ids.toolIds(), toolIds -> accountResources.existingMidCallTools(caller, toolIds)),
                set(ids.knowledgebaseIds(), kbIds -> accountResources.existingKnowledgebases(caller, kbIds)),
                set(ids.assistantIds(), assistantIds -> accountResources.existingAssistants(caller, assistantIds)),
                set(ids.folderIds(), folderIds -> accountResources.existingFolders(caller, folderIds)),
                set(ids.labelIds(), labelIds -> accountResources.existingLabels(caller, labelIds)));
    }

    // An empty group is answered without asking, so a request without lists costs no query for them.
    private static <V> Map<Long, V> map(Set<Long> ids, Function<Set<Long>, Map<Long, V>> lookUp) {
        Set<Long> wanted = present(ids);
        return wanted.isEmpty() ? Map.of() : lookUp.apply(wanted);
    }

    private static Set<Long> set(Set<Long> ids, Function<Set<Long>, Set<Long>> lookUp) {
        Set<Long> wanted = present(ids);
        return wanted.isEmpty() ? Set.of() : lookUp.apply(wanted);
    }

    // A null list item is the draft's own violation to report; no storage can answer for it.
    private static Set<Long> present(Set<Long> ids) {
        if (ids == null) {
            return Set.of();
        }
        return ids.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }
}
