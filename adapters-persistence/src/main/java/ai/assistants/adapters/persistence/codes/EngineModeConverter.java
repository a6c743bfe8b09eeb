package ai.assistants.adapters.persistence.codes;

import ai.assistants.domain.engine.EngineMode;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class EngineModeConverter implements AttributeConverter<EngineMode, String> {

    @Override
    public String convertToDatabaseColumn(EngineMode value) {
        return CodeConverter.toCode(value);
    }

    @Override
    public EngineMode convertToEntityAttribute(String code) {
        return CodeConverter.fromCode(EngineMode.class, code);
    }
}
