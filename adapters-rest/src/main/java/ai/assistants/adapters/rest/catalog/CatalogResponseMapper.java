package ai.assistants.adapters.rest.catalog;

import ai.assistants.adapters.rest.catalog.CatalogDtos.LanguageItem;
import ai.assistants.adapters.rest.catalog.CatalogDtos.LlmModelItem;
import ai.assistants.adapters.rest.catalog.CatalogDtos.ModelItem;
import ai.assistants.adapters.rest.catalog.CatalogDtos.PhoneNumberItem;
import ai.assistants.adapters.rest.catalog.CatalogDtos.ProviderItem;
import ai.assistants.adapters.rest.catalog.CatalogDtos.VoiceItem;
import ai.assistants.application.catalog.LanguageView;
import ai.assistants.application.catalog.ModelView;
import ai.assistants.application.catalog.PhoneNumberView;
import ai.assistants.application.catalog.ProviderView;
import ai.assistants.application.catalog.VoiceView;
import ai.assistants.domain.reference.PhoneNumberType;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;

@Mapper
public interface CatalogResponseMapper {

    List<LanguageItem> languages(List<LanguageView> languages);

    List<VoiceItem> voices(List<VoiceView> voices);

    List<LlmModelItem> llmModels(List<ModelView> models);

    List<ModelItem> models(List<ModelView> models);

    List<ProviderItem> providers(List<ProviderView> providers);

    List<PhoneNumberItem> phoneNumbers(List<PhoneNumberView> numbers);

    @Mapping(target = "typeLabel", source = "type")
    PhoneNumberItem phoneNumber(PhoneNumberView number);

    default String typeLabel(PhoneNumberType type) {
        return type.label();
    }
}
