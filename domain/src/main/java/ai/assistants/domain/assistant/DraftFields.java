package ai.assistants.domain.assistant;

import ai.assistants.domain.assistant.tool.AssistantTransferTool;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.CalendarIntegrationTool;
import ai.assistants.domain.assistant.tool.WarmCallTransferTool;

import java.math.BigDecimal;
import java.util.List;

/**
 * The fields the rules that relate fields, or that need stored facts, refer to. Each name is
 * written once, beside its accessor; {@code DraftFieldsTest} checks every name against its record.
 */
final class DraftFields {

    static final DraftField<AssistantDraft, String> TYPE = new DraftField<>("type", AssistantDraft::type);
    static final DraftField<AssistantDraft, String> MODE = new DraftField<>("mode", AssistantDraft::mode);
    static final DraftField<AssistantDraft, Long> VOICE_ID = new DraftField<>("voiceId", AssistantDraft::voiceId);
    static final DraftField<AssistantDraft, Long> LANGUAGE_ID = new DraftField<>("languageId", AssistantDraft::languageId);
    static final DraftField<AssistantDraft, Long> LLM_MODEL_ID = new DraftField<>("llmModelId", AssistantDraft::llmModelId);
    static final DraftField<AssistantDraft, Long> MULTIMODAL_MODEL_ID =
            new DraftField<>("multimodalModelId", AssistantDraft::multimodalModelId);
    static final DraftField<AssistantDraft, Long> CHAT_LLM_FALLBACK_ID =
            new DraftField<>("chatLlmFallbackId", AssistantDraft::chatLlmFallbackId);
    static final DraftField<AssistantDraft, BigDecimal> TURN_DETECTION_THRESHOLD =
            new DraftField<>("turnDetectionThreshold", AssistantDraft::turnDetectionThreshold);
    static final DraftField<AssistantDraft, List<Long>> SECONDARY_LANGUAGE_IDS =
            new DraftField<>("secondaryLanguageIds", AssistantDraft::secondaryLanguageIds);
    static final DraftField<AssistantDraft, Long> KNOWLEDGEBASE_ID =
            new DraftField<>("knowledgebaseId", AssistantDraft::knowledgebaseId);
    static final DraftField<AssistantDraft, String> KNOWLEDGEBASE_MODE =
            new DraftField<>("knowledgebaseMode", AssistantDraft::knowledgebaseMode);
    static final DraftField<AssistantDraft, Long> PHONE_NUMBER_ID =
            new DraftField<>("phoneNumberId", AssistantDraft::phoneNumberId);
    static final DraftField<AssistantDraft, List<Long>> TOOL_IDS = new DraftField<>("toolIds", AssistantDraft::toolIds);
    static final DraftField<AssistantDraft, List<BuiltInTool>> TOOLS = new DraftField<>("tools", AssistantDraft::tools);
    static final DraftField<AssistantDraft, Long> SYNTHESIZER_PROVIDER_ID =
            new DraftField<>("synthesizerProviderId", AssistantDraft::synthesizerProviderId);
    static final DraftField<AssistantDraft, Long> TRANSCRIBER_PROVIDER_ID =
            new DraftField<>("transcriberProviderId", AssistantDraft::transcriberProviderId);
    static final DraftField<AssistantDraft, Boolean> ALLOW_INTERRUPTIONS =
            new DraftField<>("allowInterruptions", AssistantDraft::allowInterruptions);
    static final DraftField<AssistantDraft, Boolean> FILLERS = new DraftField<>("fillers", AssistantDraft::fillers);
    static final DraftField<AssistantDraft, FillerConfig> FILLER_CONFIG =
            new DraftField<>("fillerConfig", AssistantDraft::fillerConfig);
    static final DraftField<AssistantDraft, Boolean> IS_WEBHOOK_ACTIVE =
            new DraftField<>("isWebhookActive", AssistantDraft::isWebhookActive);
    static final DraftField<AssistantDraft, String> WEBHOOK_URL = new DraftField<>("webhookUrl", AssistantDraft::webhookUrl);
    static final DraftField<AssistantDraft, String> CONVERSATION_ENDED_WEBHOOK_URL =
            new DraftField<>("conversationEndedWebhookUrl", AssistantDraft::conversationEndedWebhookUrl);

    static final DraftField<WarmCallTransferTool, String> SUPERVISOR_PHONE =
            new DraftField<>("supervisorPhone", WarmCallTransferTool::supervisorPhone);
    static final DraftField<WarmCallTransferTool, Boolean> CUSTOM_SIP =
            new DraftField<>("customSip", WarmCallTransferTool::customSip);
    static final DraftField<WarmCallTransferTool, Long> OUTBOUND_PHONE_ID =
            new DraftField<>("outboundPhoneId", WarmCallTransferTool::outboundPhoneId);
    static final DraftField<WarmCallTransferTool, String> CALLER_ID_MODE =
            new DraftField<>("callerIdMode", WarmCallTransferTool::callerIdMode);
    static final DraftField<WarmCallTransferTool, String> CUSTOM_CALLER_ID =
            new DraftField<>("customCallerId", WarmCallTransferTool::customCallerId);
    static final DraftField<CalendarIntegrationTool, String> CALCOM_ENDPOINT =
            new DraftField<>("calcomEndpoint", CalendarIntegrationTool::calcomEndpoint);
    static final DraftField<CalendarIntegrationTool, String> CALCOM_CUSTOM_ENDPOINT =
            new DraftField<>("calcomCustomEndpoint", CalendarIntegrationTool::calcomCustomEndpoint);
    static final DraftField<AssistantTransferTool, Long> TRANSFER_ASSISTANT_ID =
            new DraftField<>("assistantId", AssistantTransferTool::assistantId);

    private DraftFields() {
    }
}
