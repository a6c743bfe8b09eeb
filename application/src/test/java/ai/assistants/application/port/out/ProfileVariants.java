package ai.assistants.application.port.out;

import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.assistant.AssistantType;
import ai.assistants.domain.assistant.PostCallEvaluation;
import ai.assistants.domain.assistant.tool.AssistantTransferTool;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.WebhookSettings;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/** The shared test profiles with the few fields storage cares about changed. */
public final class ProfileVariants {

    private ProfileVariants() {
    }

    public static AssistantProfile withPhoneNumber(AssistantProfile base, AssistantType type, Long phoneNumberId) {
        return copy(base, type, phoneNumberId, base.secondaryLanguageIds(), base.toolIds(), base.variables());
    }

    public static AssistantProfile withLists(AssistantProfile base, List<Long> secondaryLanguageIds, List<Long> toolIds) {
        return copy(base, base.type(), base.phoneNumberId(), secondaryLanguageIds, toolIds, base.variables());
    }

    /** {@code base} with {@code tools} as its built-in tools. */
    public static AssistantProfile withTools(AssistantProfile base, List<BuiltInTool> tools) {
        return new AssistantProfile(base.name(), base.voiceId(), base.languageId(), base.type(), base.timezone(),
                base.initialMessage(), base.systemPrompt(), base.engine(), base.secondaryLanguageIds(),
                base.knowledgebase(), base.phoneNumberId(), base.toolIds(), tools, base.providers(), base.voice(),
                base.call(), base.timing(), base.reengagement(), base.voicemail(), base.endpointing(), base.ambient(),
                base.webhooks(), base.evaluation(), base.variables(), base.conversation(), base.folderId(),
                base.labelIds());
    }

    /** One variable of each kind a variable can hold, in an order that no sorting gives. */
    public static Map<String, Object> unsortedVariablesOfEveryKind() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("zeta", "last letter first");
        values.put("alpha", new BigDecimal("2.50"));
        values.put("flag", false);
        values.put("count", new BigDecimal("3"));
        return values;
    }

    /** {@code values} in its own iteration order. */
    public static AssistantProfile withVariables(AssistantProfile base, Map<String, Object> values) {
        return copy(base, base.type(), base.phoneNumberId(), base.secondaryLanguageIds(), base.toolIds(), values);
    }

    /** {@code base} with one {@code assistant_transfer} tool for each of {@code targetIds}, in their order. */
    public static AssistantProfile withTransfersTo(AssistantProfile base, long... targetIds) {
        List<BuiltInTool> tools = LongStream.of(targetIds)
                .<BuiltInTool>mapToObj(id -> new AssistantTransferTool(id, "Hand over to " + id, null, true))
                .toList();
        return new AssistantProfile(base.name(), base.voiceId(), base.languageId(), base.type(), base.timezone(),
                base.initialMessage(), base.systemPrompt(), base.engine(), base.secondaryLanguageIds(),
                base.knowledgebase(), base.phoneNumberId(), base.toolIds(), tools, base.providers(), base.voice(),
                base.call(), base.timing(), base.reengagement(), base.voicemail(), base.endpointing(), base.ambient(),
                base.webhooks(), base.evaluation(), base.variables(), base.conversation(), base.folderId(),
                base.labelIds());
    }

    /** {@code base} as if the caller had sent every list and map, each empty. */
    public static AssistantProfile withEmptyListsAndMaps(AssistantProfile base) {
        return new AssistantProfile(base.name(), base.voiceId(), base.languageId(), base.type(), base.timezone(),
                base.initialMessage(), base.systemPrompt(), base.engine(), List.of(), base.knowledgebase(),
                base.phoneNumberId(), List.of(), List.of(), base.providers(), base.voice(), base.call(), base.timing(),
                base.reengagement(), base.voicemail(), base.endpointing(), base.ambient(), base.webhooks(),
                new PostCallEvaluation(base.evaluation().postCallEvaluation(), List.of()), Map.of(),
                base.conversation(), base.folderId(), base.labelIds());
    }

    /** {@code base} as a row stored before the webhooks group had an inbound URL holds it: never set. */
    public static AssistantProfile withoutInboundWebhookUrl(AssistantProfile base) {
        WebhookSettings webhooks = base.webhooks();
        return new AssistantProfile(base.name(), base.voiceId(), base.languageId(), base.type(), base.timezone(),
                base.initialMessage(), base.systemPrompt(), base.engine(), base.secondaryLanguageIds(),
                base.knowledgebase(), base.phoneNumberId(), base.toolIds(), base.tools(), base.providers(), base.voice(),
                base.call(), base.timing(), base.reengagement(), base.voicemail(), base.endpointing(), base.ambient(),
                new WebhookSettings(webhooks.isWebhookActive(), webhooks.webhookUrl(),
                        webhooks.sendWebhookOnlyOnCompleted(), webhooks.includeRecordingInWebhook(),
                        webhooks.conversationEndedWebhookUrl(), null),
                base.evaluation(), base.variables(), base.conversation(), base.folderId(),
                base.labelIds());
    }

    private static AssistantProfile copy(AssistantProfile base, AssistantType type, Long phoneNumberId,
                                         List<Long> secondaryLanguageIds, List<Long> toolIds,
                                         Map<String, Object> variables) {
        return new AssistantProfile(base.name(), base.voiceId(), base.languageId(), type, base.timezone(),
                base.initialMessage(), base.systemPrompt(), base.engine(), secondaryLanguageIds, base.knowledgebase(),
                phoneNumberId, toolIds, base.tools(), base.providers(), base.voice(), base.call(), base.timing(),
                base.reengagement(), base.voicemail(), base.endpointing(), base.ambient(), base.webhooks(),
                base.evaluation(), variables, base.conversation(), base.folderId(), base.labelIds());
    }
}
