package ai.assistants.adapters.persistence.assistant;

import ai.assistants.adapters.persistence.json.JsonColumns;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantId;
import ai.assistants.domain.assistant.AssistantProfile;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Between the aggregate and its row. The embeddables mirror the profile's records name for
 * name, so MapStruct pairs them without per-field rules; an unmapped field fails the build.
 * Timestamps are OffsetDateTime in the entity because EclipseLink 4.0 would serialize an Instant.
 */
@Mapper(uses = JsonColumns.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface AssistantEntityMapper {

    AssistantEntityMapper INSTANCE = Mappers.getMapper(AssistantEntityMapper.class);

    default AssistantEntity toNewEntity(Assistant assistant, Instant now) {
        AssistantEntity entity = toEntity(assistant.profile());
        entity.setAccountId(assistant.owner().value());
        entity.setStatus(assistant.status());
        entity.setCreatedAt(OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        entity.setUpdatedAt(OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        return entity;
    }

    /** The only way back to the aggregate: its reconstitution factory. */
    default Assistant toDomain(AssistantEntity entity) {
        return Assistant.reconstitute(new AssistantId(entity.getId()), new AccountId(entity.getAccountId()),
                entity.getStatus(), toProfile(entity), entity.getCreatedAt().toInstant(),
                entity.getUpdatedAt().toInstant());
    }

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "accountId", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    AssistantEntity toEntity(AssistantProfile profile);

    AssistantProfile toProfile(AssistantEntity entity);
}
