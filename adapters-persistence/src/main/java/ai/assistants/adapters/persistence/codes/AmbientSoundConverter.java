package ai.assistants.adapters.persistence.codes;

import ai.assistants.domain.assistant.AmbientSound;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class AmbientSoundConverter implements AttributeConverter<AmbientSound, String> {

    @Override
    public String convertToDatabaseColumn(AmbientSound value) {
        return CodeConverter.toCode(value);
    }

    @Override
    public AmbientSound convertToEntityAttribute(String code) {
        return CodeConverter.fromCode(AmbientSound.class, code);
    }
}
