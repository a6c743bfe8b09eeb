package ai.assistants.adapters.persistence.codes;

import ai.assistants.domain.assistant.AssistantType;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class AssistantTypeConverter implements AttributeConverter<AssistantType, String> {

    @Override
    public String convertToDatabaseColumn(AssistantType value) {
        return CodeConverter.toCode(value);
    }

    @Override
    public AssistantType convertToEntityAttribute(String code) {
        return CodeConverter.fromCode(AssistantType.class, code);
    }
}
