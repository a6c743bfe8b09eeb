package ai.assistants.adapters.persistence.codes;

import ai.assistants.domain.assistant.AssistantStatus;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class AssistantStatusConverter implements AttributeConverter<AssistantStatus, String> {

    @Override
    public String convertToDatabaseColumn(AssistantStatus value) {
        return CodeConverter.toCode(value);
    }

    @Override
    public AssistantStatus convertToEntityAttribute(String code) {
        return CodeConverter.fromCode(AssistantStatus.class, code);
    }
}
