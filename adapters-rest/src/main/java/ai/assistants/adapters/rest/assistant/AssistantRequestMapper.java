package ai.assistants.adapters.rest.assistant;

import ai.assistants.adapters.rest.contract.AssistantRequest;
import ai.assistants.domain.assistant.AssistantProfile;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * From the wire's flat shape to the domain's groups. Fields pair by name, so a field added to the
 * request and to its group needs nothing here; a profile field the request cannot fill fails the build.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface AssistantRequestMapper {

    AssistantRequestMapper INSTANCE = Mappers.getMapper(AssistantRequestMapper.class);

    @Mapping(target = "engine", source = ".")
    @Mapping(target = "knowledgebase", source = ".")
    @Mapping(target = "providers", source = ".")
    @Mapping(target = "voice", source = ".")
    @Mapping(target = "call", source = ".")
    @Mapping(target = "timing", source = ".")
    @Mapping(target = "reengagement", source = ".")
    @Mapping(target = "voicemail", source = ".")
    @Mapping(target = "endpointing", source = ".")
    @Mapping(target = "ambient", source = ".")
    @Mapping(target = "webhooks", source = ".")
    @Mapping(target = "evaluation", source = ".")
    @Mapping(target = "conversation", source = ".")
    AssistantProfile toProposal(AssistantRequest request);
}
