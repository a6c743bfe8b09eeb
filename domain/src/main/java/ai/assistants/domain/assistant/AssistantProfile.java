package ai.assistants.domain.assistant;

import ai.assistants.domain.reference.OwnedKind;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.validation.constraint.CodePoints;
import ai.assistants.domain.validation.constraint.Distinct;
import ai.assistants.domain.validation.constraint.TimeZoneId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a caller configures on an assistant, in the groups it is kept in. The same shape
 * serves as a proposal (a request's values, anything may be missing or wrong, nothing checked)
 * and as what an {@link Assistant} holds: a proposal that broke no rule, with its defaults and its
 * providers resolved. Each rule of a field is declared once, here or on its group; each group
 * applies its own defaults. The groups and the tools are checked each as a value of its own
 * ({@link AssistantFactory}), not by a cascade from here. The JSON kinds of values (a prompt variable is text, a number or a
 * boolean) are the reader's to check. Optional values are {@code null} when never set; integers are
 * {@code Long} so that an out-of-range value reaches its range rule instead of overflowing.
 */
public record AssistantProfile(
        @NotBlank @CodePoints(max = 255) String name,
        @NotNull Long voiceId,
        @NotNull Long languageId,
        @NotNull AssistantType type,
        @NotBlank @TimeZoneId String timezone,
        @NotBlank @CodePoints(max = 200) String initialMessage,
        @NotBlank @CodePoints(max = 65535) String systemPrompt,
        EngineSettings engine,
        @Size(max = MAX_SECONDARY_LANGUAGES) @Distinct List<@NotNull Long> secondaryLanguageIds,
        KnowledgebaseAttachment knowledgebase,
        Long phoneNumberId,
        @Size(max = MAX_TOOL_IDS) @Distinct List<@NotNull Long> toolIds,
        @Size(max = MAX_TOOLS) List<@NotNull BuiltInTool> tools,
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
        @Size(max = 100) Map<@NotNull @Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]{0,63}") String,
                @CodePoints(max = 1000) Object> variables,
        ConversationSettings conversation,
        Long folderId,
        @Size(max = MAX_LABEL_IDS) @Distinct List<@NotNull Long> labelIds) {

    public static final int MAX_SECONDARY_LANGUAGES = 10;
    public static final int MAX_TOOL_IDS = 50;
    public static final int MAX_TOOLS = 20;
    public static final int MAX_LABEL_IDS = 50;

    public AssistantProfile {
        // A group left out holds nothing; an assistant stored without a knowledge base holds none.
        engine = Absent.or(engine, EngineSettings.NONE);
        knowledgebase = Absent.or(knowledgebase, KnowledgebaseAttachment.NONE);
        providers = Absent.or(providers, ProviderSelection.NONE);
        voice = Absent.or(voice, VoiceSettings.NONE);
        call = Absent.or(call, CallBehavior.NONE);
        timing = Absent.or(timing, TimingSettings.NONE);
        reengagement = Absent.or(reengagement, ReengagementSettings.NONE);
        voicemail = Absent.or(voicemail, VoicemailSettings.NONE);
        endpointing = Absent.or(endpointing, EndpointingSettings.NONE);
        ambient = Absent.or(ambient, AmbientSettings.NONE);
        webhooks = Absent.or(webhooks, WebhookSettings.NONE);
        evaluation = Absent.or(evaluation, PostCallEvaluation.NONE);
        conversation = Absent.or(conversation, ConversationSettings.NONE);
    }

    /**
     * This proposal as an assistant holds it: defaults for what was left out, blank text as absent,
     * lists and maps copied as they were sent. Only for a proposal that broke no rule.
     */
    AssistantProfile withDefaults(ProviderSelection chosenProviders) {
        return new AssistantProfile(name, voiceId, languageId, type, timezone, initialMessage, systemPrompt, engine,
                Absent.copy(secondaryLanguageIds), knowledgebase.withDefaults(), phoneNumberId, Absent.copy(toolIds),
                tools == null ? null : tools.stream().map(BuiltInTool::withDefaults).toList(), chosenProviders,
                voice.withDefaults(), call.withDefaults(), timing.withDefaults(), reengagement.withDefaults(),
                voicemail.withDefaults(), endpointing.withDefaults(), ambient.withDefaults(), webhooks.withDefaults(),
                evaluation.withDefaults(), copy(variables), conversation.withDefaults(), folderId, Absent.copy(labelIds));
    }

    /**
     * {@code profile} with other built-in tools. Static, because a mapper reads a public one-argument
     * method that returns the record as a fluent setter.
     */
    public static AssistantProfile withTools(AssistantProfile profile, List<BuiltInTool> tools) {
        return new AssistantProfile(profile.name, profile.voiceId, profile.languageId, profile.type, profile.timezone,
                profile.initialMessage, profile.systemPrompt, profile.engine, profile.secondaryLanguageIds,
                profile.knowledgebase, profile.phoneNumberId, profile.toolIds, tools, profile.providers, profile.voice,
                profile.call, profile.timing, profile.reengagement, profile.voicemail, profile.endpointing,
                profile.ambient, profile.webhooks, profile.evaluation, profile.variables, profile.conversation,
                profile.folderId, profile.labelIds);
    }

    /** This profile with the parts an update may change beyond the fields it names. */
    AssistantProfile withParts(EngineSettings engine, KnowledgebaseAttachment knowledgebase, ProviderSelection providers,
                               CallBehavior call, WebhookSettings webhooks) {
        return new AssistantProfile(name, voiceId, languageId, type, timezone, initialMessage, systemPrompt, engine,
                secondaryLanguageIds, knowledgebase, phoneNumberId, toolIds, tools, providers, voice, call, timing,
                reengagement, voicemail, endpointing, ambient, webhooks, evaluation, variables, conversation, folderId,
                labelIds);
    }

    /**
     * This profile without its reference to the {@code kind} resource {@code id} that its account deleted.
     * Dropping a reference breaks no rule, so the result needs no checking again.
     */
    AssistantProfile without(OwnedKind kind, long id) {
        KnowledgebaseAttachment keptKnowledgebase = kind == OwnedKind.KNOWLEDGEBASE
                && Long.valueOf(id).equals(knowledgebase.knowledgebaseId()) ? KnowledgebaseAttachment.NONE : knowledgebase;
        Long keptFolder = kind == OwnedKind.FOLDER && Long.valueOf(id).equals(folderId) ? null : folderId;
        List<Long> keptLabels = kind == OwnedKind.LABEL ? withoutId(labelIds, id) : labelIds;
        List<Long> keptToolIds = kind == OwnedKind.MID_CALL_TOOL ? withoutId(toolIds, id) : toolIds;
        return new AssistantProfile(name, voiceId, languageId, type, timezone, initialMessage, systemPrompt, engine,
                secondaryLanguageIds, keptKnowledgebase, phoneNumberId, keptToolIds, tools, providers, voice, call, timing,
                reengagement, voicemail, endpointing, ambient, webhooks, evaluation, variables, conversation, keptFolder,
                keptLabels);
    }

    private static List<Long> withoutId(List<Long> ids, long id) {
        return ids == null ? null : ids.stream().filter(kept -> kept != id).toList();
    }

    /** The order sent is kept; numbers stay exact. */
    private static Map<String, Object> copy(Map<String, Object> variables) {
        return variables == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }
}
