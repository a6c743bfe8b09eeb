package ai.assistants.adapters.persistence;

import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.assistant.AssistantType;
import ai.assistants.domain.assistant.PostCallEvaluation;
import ai.assistants.domain.assistant.Variables;

import java.util.List;
import java.util.Map;

/** The shared test profiles with the few fields storage cares about changed. */
final class ProfileVariants {

    private ProfileVariants() {
    }

    static AssistantProfile withPhoneNumber(AssistantProfile base, AssistantType type, Long phoneNumberId) {
        return copy(base, type, phoneNumberId, base.secondaryLanguageIds(), base.toolIds());
    }

    static AssistantProfile withLists(AssistantProfile base, List<Long> secondaryLanguageIds, List<Long> toolIds) {
        return copy(base, base.type(), base.phoneNumberId(), secondaryLanguageIds, toolIds);
    }

    /** {@code base} as if the caller had sent every list and map, each empty. */
    static AssistantProfile withEmptyListsAndMaps(AssistantProfile base) {
        return new AssistantProfile(base.name(), base.voiceId(), base.languageId(), base.type(), base.timezone(),
                base.initialMessage(), base.systemPrompt(), base.engine(), List.of(), base.knowledgebase(),
                base.phoneNumberId(), List.of(), List.of(), base.providers(), base.voice(), base.call(), base.timing(),
                base.reengagement(), base.voicemail(), base.endpointing(), base.ambient(), base.webhooks(),
                new PostCallEvaluation(base.evaluation().postCallEvaluation(), List.of()), new Variables(Map.of()),
                base.conversation());
    }

    private static AssistantProfile copy(AssistantProfile base, AssistantType type, Long phoneNumberId,
                                         List<Long> secondaryLanguageIds, List<Long> toolIds) {
        return new AssistantProfile(base.name(), base.voiceId(), base.languageId(), type, base.timezone(),
                base.initialMessage(), base.systemPrompt(), base.engine(), secondaryLanguageIds, base.knowledgebase(),
                phoneNumberId, toolIds, base.tools(), base.providers(), base.voice(), base.call(), base.timing(),
                base.reengagement(), base.voicemail(), base.endpointing(), base.ambient(), base.webhooks(),
                base.evaluation(), base.variables(), base.conversation());
    }
}
