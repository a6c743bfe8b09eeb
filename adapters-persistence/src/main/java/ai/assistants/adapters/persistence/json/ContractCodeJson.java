package ai.assistants.adapters.persistence.json;

import ai.assistants.adapters.persistence.codes.StoredCode;
import ai.assistants.domain.code.ContractCode;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;

/**
 * Enums inside the JSON are their codes, like the enum columns. JSON-B finds this for every enum
 * that implements ContractCode, so an enum field added to a settings group needs nothing here.
 */
final class ContractCodeJson implements JsonbSerializer<ContractCode>, JsonbDeserializer<ContractCode> {

    @Override
    public void serialize(ContractCode value, JsonGenerator generator, SerializationContext context) {
        generator.write(value.code());
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"}) // JSON-B asks for the property's enum type only at run time
    public ContractCode deserialize(JsonParser parser, DeserializationContext context, Type type) {
        return (ContractCode) StoredCode.parse((Class) type, parser.getString());
    }
}
