package ai.assistants.domain.assistant;

import ai.assistants.domain.assistant.tool.BuiltInTool;

import java.util.List;

/**
 * Everything a caller configures on an assistant, with defaults and auto-selected providers
 * resolved. Optional values are {@code null} when never set.
 */
public record AssistantProfile(
        String name,
        long voiceId,
        long languageId,
        AssistantType type,
        String timezone,
        String initialMessage,
        String systemPrompt,
        EngineSettings engine,
        List<Long> secondaryLanguageIds,
        KnowledgebaseAttachment knowledgebase,
        Long phoneNumberId,
        List<Long> toolIds,
        List<BuiltInTool> tools,
        ProviderSelection providers,
        VoiceSettings voice,
        CallBehavior call,
        TimingSettings timing,
        ReengagementSettings reengagement,
        VoicemailSettings voicemail,
        EndpointingSettings endpointing,
        AmbientSettings ambient,
        WebhookSettings webhooks,
        PostCallEvaluation evaluation,
        Variables variables,
        ConversationSettings conversation) {
}
