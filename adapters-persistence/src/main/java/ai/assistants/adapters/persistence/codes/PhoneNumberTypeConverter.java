package ai.assistants.adapters.persistence.codes;

import ai.assistants.domain.reference.PhoneNumberType;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class PhoneNumberTypeConverter implements AttributeConverter<PhoneNumberType, String> {

    @Override
    public String convertToDatabaseColumn(PhoneNumberType value) {
        return CodeConverter.toCode(value);
    }

    @Override
    public PhoneNumberType convertToEntityAttribute(String code) {
        return CodeConverter.fromCode(PhoneNumberType.class, code);
    }
}
