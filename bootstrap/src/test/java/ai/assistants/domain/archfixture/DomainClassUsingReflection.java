package ai.assistants.domain.archfixture;

import java.lang.reflect.RecordComponent;

/** Deliberately breaks the rules: a domain class that reads records by reflection. */
public class DomainClassUsingReflection {

    public RecordComponent[] components(Class<? extends Record> type) {
        return type.getRecordComponents();
    }
}
