package ai.assistants.domain.assistant;

import ai.assistants.domain.assistant.tool.AssistantTransferTool;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.WarmCallTransferTool;
import ai.assistants.domain.reference.ReferencedIds;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The ids a proposal names, grouped for one look-up per group. A list longer than its rule allows
 * is left out: it is rejected whatever its ids are, and looking them up would cost for nothing.
 */
final class ProposalReferences {

    private static final int MAX_SECONDARY_LANGUAGES = AssistantProfile.MAX_SECONDARY_LANGUAGES;
    private static final int MAX_TOOL_IDS = AssistantProfile.MAX_TOOL_IDS;
    private static final int MAX_TOOLS = AssistantProfile.MAX_TOOLS;
    private static final int MAX_LABEL_IDS = AssistantProfile.MAX_LABEL_IDS;

    private ProposalReferences() {
    }

    static ReferencedIds of(AssistantProfile d) {
        Set<Long> languages = ids(d.languageId());
        languages.addAll(bounded(d.secondaryLanguageIds(), MAX_SECONDARY_LANGUAGES));
        Set<Long> phoneNumbers = ids(d.phoneNumberId());
        Set<Long> assistants = new LinkedHashSet<>();
        for (BuiltInTool tool : bounded(d.tools(), MAX_TOOLS)) {
            if (tool instanceof WarmCallTransferTool warm && warm.outboundPhoneId() != null) {
                phoneNumbers.add(warm.outboundPhoneId());
            } else if (tool instanceof AssistantTransferTool transfer && transfer.assistantId() != null) {
                assistants.add(transfer.assistantId());
            }
        }
        return new ReferencedIds(d.languageId(), frozen(ids(d.voiceId())), frozen(languages),
                frozen(ids(d.engine().llmModelId(), d.engine().chatLlmFallbackId())),
                frozen(ids(d.engine().multimodalModelId())), frozen(ids(d.providers().synthesizerProviderId())),
                frozen(ids(d.providers().transcriberProviderId())), frozen(phoneNumbers),
                frozen(new LinkedHashSet<>(bounded(d.toolIds(), MAX_TOOL_IDS))),
                frozen(ids(d.knowledgebase().knowledgebaseId())),
                frozen(assistants),
                frozen(ids(d.folderId())),
                frozen(new LinkedHashSet<>(bounded(d.labelIds(), MAX_LABEL_IDS))));
    }

    private static Set<Long> ids(Long... ids) {
        Set<Long> set = new LinkedHashSet<>();
        for (Long id : ids) {
            if (id != null) {
                set.add(id);
            }
        }
        return set;
    }

    /** The list's non-null items, or nothing when the list is absent or too long. */
    private static <T> List<T> bounded(List<T> list, int max) {
        if (list == null || list.size() > max) {
            return List.of();
        }
        return list.stream().filter(Objects::nonNull).toList();
    }

    private static Set<Long> frozen(Collection<Long> ids) {
        return Set.copyOf(ids);
    }
}
