package ai.assistants.adapters.persistence.codes;

import ai.assistants.domain.assistant.EndpointType;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class EndpointTypeConverter implements AttributeConverter<EndpointType, String> {

    @Override
    public String convertToDatabaseColumn(EndpointType value) {
        return CodeConverter.toCode(value);
    }

    @Override
    public EndpointType convertToEntityAttribute(String code) {
        return CodeConverter.fromCode(EndpointType.class, code);
    }
}
