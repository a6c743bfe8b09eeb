package ai.assistants.adapters.persistence.assistant;

import ai.assistants.adapters.persistence.codes.StoredCode;
import ai.assistants.adapters.persistence.json.StoredJson;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantFactory;
import ai.assistants.domain.assistant.AssistantId;
import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.assistant.AssistantStatus;
import ai.assistants.domain.assistant.AssistantType;
import ai.assistants.domain.assistant.KnowledgebaseAttachment;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.code.ContractCode;
import org.mapstruct.InheritConfiguration;
import org.mapstruct.Mapper;
import org.mapstruct.MappingTarget;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Between the aggregate and its row. MapStruct pairs the profile's parts with the row's columns and
 * with {@link StoredSettings} by name, and picks the conversions below by type; a part of the
 * profile that neither holds fails the build. Timestamps are OffsetDateTime in the entity because
 * EclipseLink 4.0 would serialize an Instant.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface AssistantEntityMapper {

    AssistantEntityMapper INSTANCE = Mappers.getMapper(AssistantEntityMapper.class);

    default AssistantEntity toNewEntity(Assistant assistant, Instant now) {
        AssistantEntity entity = toEntity(assistant.profile());
        entity.setAccountId(assistant.owner().value());
        entity.setStatus(code(assistant.status()));
        entity.setCreatedAt(OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        entity.setUpdatedAt(OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        return entity;
    }

    /**
     * The only way back to the aggregate: the factory, which checks the stored profile against the
     * field rules and throws IllegalStateException for a row that breaks one.
     */
    default Assistant toDomain(AssistantEntity entity, AssistantFactory factory) {
        return factory.reconstitute(new AssistantId(entity.getId()), new AccountId(entity.getAccountId()),
                StoredCode.parse(AssistantStatus.class, entity.getStatus()),
                toProfile(entity, StoredJson.read(entity.getSettings(), StoredSettings.class)),
                entity.getCreatedAt().toInstant(), entity.getUpdatedAt().toInstant());
    }

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "accountId", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "mode", source = "engine.mode")
    @Mapping(target = "knowledgebaseId", source = "knowledgebase.knowledgebaseId")
    @Mapping(target = "settings", source = "profile")
    AssistantEntity toEntity(AssistantProfile profile);

    /** The row as {@code changed} holds it, stamped {@code now}; its identity, owner and creation stay. */
    default void update(AssistantEntity entity, Assistant changed, Instant now) {
        updateEntity(changed.profile(), entity);
        entity.setStatus(code(changed.status()));
        entity.setUpdatedAt(OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
    }

    @InheritConfiguration(name = "toEntity")
    void updateEntity(AssistantProfile profile, @MappingTarget AssistantEntity entity);

    StoredSettings toSettings(AssistantProfile profile);

    AssistantProfile toProfile(AssistantEntity entity, StoredSettings settings);

    default String settingsJson(AssistantProfile profile) {
        return StoredJson.write(toSettings(profile));
    }

    /** None is left out of the JSON, as it was when the profile held {@code null} for it. */
    default StoredSettings.Knowledgebase storedKnowledgebase(KnowledgebaseAttachment attachment) {
        return attachment == null || attachment.knowledgebaseId() == null && attachment.knowledgebaseMode() == null
                ? null
                : new StoredSettings.Knowledgebase(attachment.knowledgebaseId(), attachment.knowledgebaseMode());
    }

    /** Left out, the profile holds none: its constructor turns null into the empty attachment. */
    default KnowledgebaseAttachment knowledgebase(StoredSettings.Knowledgebase stored) {
        return stored == null ? null : new KnowledgebaseAttachment(stored.knowledgebaseId(), stored.mode());
    }

    /** Lists as the aggregate holds them: in their order, unchangeable. */
    default List<Long> ids(List<Long> ids) {
        return ids == null ? null : Collections.unmodifiableList(new ArrayList<>(ids));
    }

    /** Variables as the aggregate holds them: in their order, unchangeable. */
    default Map<String, Object> variables(Map<String, Object> variables) {
        return variables == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    default String idsJson(List<Long> ids) {
        return StoredJson.write(ids);
    }

    default List<Long> ids(String json) {
        return StoredJson.readIds(json);
    }

    default String toolsJson(List<BuiltInTool> tools) {
        return StoredJson.writeTools(tools);
    }

    default List<BuiltInTool> tools(String json) {
        return StoredJson.readTools(json);
    }

    default String code(ContractCode value) {
        return StoredCode.of(value);
    }

    default AssistantType assistantType(String code) {
        return StoredCode.parse(AssistantType.class, code);
    }
}
