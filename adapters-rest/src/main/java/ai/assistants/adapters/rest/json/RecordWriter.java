package ai.assistants.adapters.rest.json;

import ai.assistants.adapters.rest.contract.ContractRecord;
import ai.assistants.domain.code.ContractCode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mirror of {@link JsonRecordBinder}: a record as a map with its components under their
 * JSON names, {@code null}s included, records and lists inside converted the same way.
 */
public final class RecordWriter {

    private RecordWriter() {
    }

    public static Map<String, Object> toMap(Record record) {
        ContractRecord shape = ContractRecord.of(record.getClass());
        Map<String, Object> fields = new LinkedHashMap<>();
        for (ContractRecord.Component component : shape.components()) {
            fields.put(component.key(), plain(shape.valueOf(component, record)));
        }
        return fields;
    }

    private static Object plain(Object value) {
        if (value instanceof Record nested) {
            return toMap(nested);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RecordWriter::plain).toList();
        }
        if (value instanceof ContractCode code) {
            return code.code();
        }
        return value;
    }
}
