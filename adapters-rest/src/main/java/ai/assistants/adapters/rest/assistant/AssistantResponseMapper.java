package ai.assistants.adapters.rest.assistant;

import ai.assistants.adapters.rest.json.RecordWriter;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantId;
import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.assistant.AssistantStatus;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.CalendarIntegrationTool;
import ai.assistants.domain.code.ContractCode;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stored assistant, flattened into the contract's response shape. */
@Mapper
public interface AssistantResponseMapper {

    String TOOL_TYPE = "type";

    default AssistantData toData(Assistant assistant) {
        return toData(assistant.profile(), idOf(assistant), assistant.status(),
                assistant.createdAt().orElseThrow(), assistant.updatedAt().orElseThrow());
    }

    default AssistantSummary toSummary(Assistant assistant) {
        return toSummary(assistant.profile(), idOf(assistant), assistant.status());
    }

    @Mapping(target = ".", source = "profile.engine")
    @Mapping(target = ".", source = "profile.providers")
    @Mapping(target = ".", source = "profile.voice")
    @Mapping(target = ".", source = "profile.call")
    @Mapping(target = ".", source = "profile.timing")
    @Mapping(target = ".", source = "profile.reengagement")
    @Mapping(target = ".", source = "profile.voicemail")
    @Mapping(target = ".", source = "profile.endpointing")
    @Mapping(target = ".", source = "profile.ambient")
    @Mapping(target = ".", source = "profile.webhooks")
    @Mapping(target = ".", source = "profile.evaluation")
    @Mapping(target = ".", source = "profile.conversation")
    @Mapping(target = ".", source = "profile.knowledgebase")
    @Mapping(target = "id", source = "id")
    @Mapping(target = "status", source = "status")
    @Mapping(target = "createdAt", source = "createdAt")
    @Mapping(target = "updatedAt", source = "updatedAt")
    AssistantData toData(AssistantProfile profile, Long id, AssistantStatus status, Instant createdAt,
                         Instant updatedAt);

    @Mapping(target = "mode", source = "profile.engine.mode")
    @Mapping(target = "id", source = "id")
    @Mapping(target = "status", source = "status")
    AssistantSummary toSummary(AssistantProfile profile, Long id, AssistantStatus status);

    /** Each tool as its type and fields; a secret is never given back whole. */
    default List<Map<String, Object>> tools(List<BuiltInTool> tools) {
        if (tools == null) {
            return null;
        }
        return tools.stream().map(AssistantResponseMapper::tool).toList();
    }

    private static Map<String, Object> tool(BuiltInTool tool) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(TOOL_TYPE, tool.type());
        fields.putAll(RecordWriter.toMap((Record) masked(tool)));
        return fields;
    }

    private static BuiltInTool masked(BuiltInTool tool) {
        if (tool instanceof CalendarIntegrationTool calendar) {
            return new CalendarIntegrationTool(SecretMask.mask(calendar.calcomApiKey()), calendar.calcomEventSlug(),
                    calendar.calcomTeamSlug(), calendar.calcomEndpoint(), calendar.calcomCustomEndpoint(),
                    calendar.calcomBookingFields(), calendar.description());
        }
        return tool;
    }

    private static Long idOf(Assistant assistant) {
        return assistant.id().map(AssistantId::value).orElseThrow();
    }

    default String isoUtc(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** Every enum of the profile is written as its contract code. */
    default String code(ContractCode value) {
        return value == null ? null : value.code();
    }
}
