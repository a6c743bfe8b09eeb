package ai.assistants.domain.assistant;

import ai.assistants.domain.assistant.tool.AssistantTransferTool;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.CalcomEndpoint;
import ai.assistants.domain.assistant.tool.CalendarIntegrationTool;
import ai.assistants.domain.assistant.tool.CallerIdMode;
import ai.assistants.domain.assistant.tool.WarmCallTransferTool;
import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.validation.FieldPath;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The fields the rules that relate fields, or that need stored facts, refer to. Each name is
 * written once, beside its accessor; {@code ProfileFieldsTest} checks every one against its record.
 */
final class ProfileFields {

    private static final FieldPath ENGINE = FieldPath.of("engine");
    private static final FieldPath KNOWLEDGEBASE = FieldPath.of("knowledgebase");
    private static final FieldPath PROVIDERS = FieldPath.of("providers");
    private static final FieldPath CALL = FieldPath.of("call");
    private static final FieldPath WEBHOOKS = FieldPath.of("webhooks");

    /** A group of the profile: where it is, how it is read, and what it holds when nothing of it was sent. */
    record Group<G>(FieldPath path, Function<AssistantProfile, G> read, G none) {

        G of(AssistantProfile profile) {
            return read.apply(profile);
        }
    }

    /** Every group of the profile, each checked as a value of its own; {@code ProfileFieldsTest} checks none is missing. */
    static final List<Group<?>> GROUPS = List.of(
            new Group<>(ENGINE, AssistantProfile::engine, EngineSettings.NONE),
            new Group<>(KNOWLEDGEBASE, AssistantProfile::knowledgebase, KnowledgebaseAttachment.NONE),
            new Group<>(PROVIDERS, AssistantProfile::providers, ProviderSelection.NONE),
            new Group<>(FieldPath.of("voice"), AssistantProfile::voice, VoiceSettings.NONE),
            new Group<>(CALL, AssistantProfile::call, CallBehavior.NONE),
            new Group<>(FieldPath.of("timing"), AssistantProfile::timing, TimingSettings.NONE),
            new Group<>(FieldPath.of("reengagement"), AssistantProfile::reengagement, ReengagementSettings.NONE),
            new Group<>(FieldPath.of("voicemail"), AssistantProfile::voicemail, VoicemailSettings.NONE),
            new Group<>(FieldPath.of("endpointing"), AssistantProfile::endpointing, EndpointingSettings.NONE),
            new Group<>(FieldPath.of("ambient"), AssistantProfile::ambient, AmbientSettings.NONE),
            new Group<>(WEBHOOKS, AssistantProfile::webhooks, WebhookSettings.NONE),
            new Group<>(FieldPath.of("evaluation"), AssistantProfile::evaluation, PostCallEvaluation.NONE),
            new Group<>(FieldPath.of("conversation"), AssistantProfile::conversation, ConversationSettings.NONE));

    static final ProfileField<AssistantProfile, AssistantType> TYPE = top("type", AssistantProfile::type);
    static final ProfileField<AssistantProfile, Long> VOICE_ID = top("voiceId", AssistantProfile::voiceId);
    static final ProfileField<AssistantProfile, Long> LANGUAGE_ID = top("languageId", AssistantProfile::languageId);
    static final ProfileField<AssistantProfile, List<Long>> SECONDARY_LANGUAGE_IDS =
            top("secondaryLanguageIds", AssistantProfile::secondaryLanguageIds);
    static final ProfileField<AssistantProfile, Long> PHONE_NUMBER_ID = top("phoneNumberId", AssistantProfile::phoneNumberId);
    static final ProfileField<AssistantProfile, List<Long>> TOOL_IDS = top("toolIds", AssistantProfile::toolIds);
    static final ProfileField<AssistantProfile, List<BuiltInTool>> TOOLS = top("tools", AssistantProfile::tools);
    static final ProfileField<AssistantProfile, Long> FOLDER_ID = top("folderId", AssistantProfile::folderId);
    static final ProfileField<AssistantProfile, List<Long>> LABEL_IDS = top("labelIds", AssistantProfile::labelIds);

    static final ProfileField<AssistantProfile, EngineMode> MODE = in(ENGINE, "mode", p -> p.engine().mode());
    static final ProfileField<AssistantProfile, Long> LLM_MODEL_ID = in(ENGINE, "llmModelId", p -> p.engine().llmModelId());
    static final ProfileField<AssistantProfile, Long> MULTIMODAL_MODEL_ID =
            in(ENGINE, "multimodalModelId", p -> p.engine().multimodalModelId());
    static final ProfileField<AssistantProfile, Long> CHAT_LLM_FALLBACK_ID =
            in(ENGINE, "chatLlmFallbackId", p -> p.engine().chatLlmFallbackId());
    static final ProfileField<AssistantProfile, BigDecimal> TURN_DETECTION_THRESHOLD =
            in(ENGINE, "turnDetectionThreshold", p -> p.engine().turnDetectionThreshold());
    static final ProfileField<AssistantProfile, Long> KNOWLEDGEBASE_ID =
            in(KNOWLEDGEBASE, "knowledgebaseId", p -> p.knowledgebase().knowledgebaseId());
    static final ProfileField<AssistantProfile, KnowledgebaseMode> KNOWLEDGEBASE_MODE =
            in(KNOWLEDGEBASE, "knowledgebaseMode", p -> p.knowledgebase().knowledgebaseMode());
    static final ProfileField<AssistantProfile, Long> SYNTHESIZER_PROVIDER_ID =
            in(PROVIDERS, "synthesizerProviderId", p -> p.providers().synthesizerProviderId());
    static final ProfileField<AssistantProfile, Long> TRANSCRIBER_PROVIDER_ID =
            in(PROVIDERS, "transcriberProviderId", p -> p.providers().transcriberProviderId());
    static final ProfileField<AssistantProfile, Boolean> ALLOW_INTERRUPTIONS =
            in(CALL, "allowInterruptions", p -> p.call().allowInterruptions());
    static final ProfileField<AssistantProfile, Boolean> FILLERS = in(CALL, "fillers", p -> p.call().fillers());
    static final ProfileField<AssistantProfile, FillerConfig> FILLER_CONFIG = in(CALL, "fillerConfig", p -> p.call().fillerConfig());
    static final ProfileField<AssistantProfile, Boolean> IS_WEBHOOK_ACTIVE =
            in(WEBHOOKS, "isWebhookActive", p -> p.webhooks().isWebhookActive());
    static final ProfileField<AssistantProfile, String> WEBHOOK_URL = in(WEBHOOKS, "webhookUrl", p -> p.webhooks().webhookUrl());
    static final ProfileField<AssistantProfile, String> CONVERSATION_ENDED_WEBHOOK_URL =
            in(WEBHOOKS, "conversationEndedWebhookUrl", p -> p.webhooks().conversationEndedWebhookUrl());
    static final ProfileField<AssistantProfile, String> INBOUND_WEBHOOK_URL =
            in(WEBHOOKS, "inboundWebhookUrl", p -> p.webhooks().inboundWebhookUrl());

    static final ProfileField<WarmCallTransferTool, String> SUPERVISOR_PHONE =
            top("supervisorPhone", WarmCallTransferTool::supervisorPhone);
    static final ProfileField<WarmCallTransferTool, Boolean> CUSTOM_SIP = top("customSip", WarmCallTransferTool::customSip);
    static final ProfileField<WarmCallTransferTool, Long> OUTBOUND_PHONE_ID =
            top("outboundPhoneId", WarmCallTransferTool::outboundPhoneId);
    static final ProfileField<WarmCallTransferTool, CallerIdMode> CALLER_ID_MODE =
            top("callerIdMode", WarmCallTransferTool::callerIdMode);
    static final ProfileField<WarmCallTransferTool, String> CUSTOM_CALLER_ID =
            top("customCallerId", WarmCallTransferTool::customCallerId);
    static final ProfileField<CalendarIntegrationTool, CalcomEndpoint> CALCOM_ENDPOINT =
            top("calcomEndpoint", CalendarIntegrationTool::calcomEndpoint);
    static final ProfileField<CalendarIntegrationTool, String> CALCOM_CUSTOM_ENDPOINT =
            top("calcomCustomEndpoint", CalendarIntegrationTool::calcomCustomEndpoint);
    static final ProfileField<AssistantTransferTool, Long> TRANSFER_ASSISTANT_ID =
            top("assistantId", AssistantTransferTool::assistantId);

    private ProfileFields() {
    }

    /** Each tool with its path; none when the list is absent or refused as a whole for its length. */
    static void forEachTool(AssistantProfile profile, BiConsumer<BuiltInTool, FieldPath> action) {
        List<BuiltInTool> tools = TOOLS.of(profile);
        if (tools != null && tools.size() <= AssistantProfile.MAX_TOOLS) {
            for (int index = 0; index < tools.size(); index++) {
                action.accept(tools.get(index), TOOLS.path().index(index));
            }
        }
    }

    private static <R, T> ProfileField<R, T> top(String property, Function<R, T> read) {
        return new ProfileField<>(FieldPath.of(property), read);
    }

    private static <T> ProfileField<AssistantProfile, T> in(FieldPath group, String property,
                                                           Function<AssistantProfile, T> read) {
        return new ProfileField<>(group.property(property), read);
    }
}
