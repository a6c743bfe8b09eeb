package ai.assistants.adapters.persistence.reference;

import ai.assistants.application.catalog.LanguageView;
import ai.assistants.application.catalog.ModelView;
import ai.assistants.application.catalog.ProviderView;
import ai.assistants.application.catalog.VoiceView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface ReferenceViewMapper {

    ReferenceViewMapper INSTANCE = Mappers.getMapper(ReferenceViewMapper.class);

    LanguageView toView(LanguageEntity language);

    VoiceView toView(VoiceEntity voice);

    ProviderView toView(SpeechProviderEntity provider);

    default ModelView toModelView(ModelEntity model) {
        return model instanceof LlmModelEntity llm ? toView(llm) : toView((MultimodalModelEntity) model);
    }

    /** Multimodal models are listed with their code. */
    ModelView toView(MultimodalModelEntity model);

    /** LLMs are listed without a code (the contract's listing has none). */
    @Mapping(target = "code", ignore = true)
    ModelView toView(LlmModelEntity model);
}
