package ai.assistants.adapters.persistence.codes;

import ai.assistants.domain.assistant.KnowledgebaseMode;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class KnowledgebaseModeConverter implements AttributeConverter<KnowledgebaseMode, String> {

    @Override
    public String convertToDatabaseColumn(KnowledgebaseMode value) {
        return CodeConverter.toCode(value);
    }

    @Override
    public KnowledgebaseMode convertToEntityAttribute(String code) {
        return CodeConverter.fromCode(KnowledgebaseMode.class, code);
    }
}
