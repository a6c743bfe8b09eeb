package ai.assistants.adapters.rest.owned;

import ai.assistants.adapters.rest.contract.ContractRecord;
import ai.assistants.adapters.rest.json.JsonRecordBinder;
import ai.assistants.application.owned.PartialDetails;
import ai.assistants.domain.validation.Violations;
import jakarta.json.JsonObject;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bodies and path ids of knowledge bases, folders and labels. Their wire shapes are the domain's
 * details records themselves (a few flat fields, named as the contract names them): the binder reads
 * wrong JSON kinds, unknown keys and unknown codes into violations, as for an assistant.
 */
final class OwnedRequests {

    private static final int MAX_ID_DIGITS = 18;
    private static final JsonRecordBinder BINDER = new JsonRecordBinder();

    private OwnedRequests() {
    }

    static <T extends Record> T bind(JsonObject json, Class<T> type, Violations unreadable) {
        return BINDER.bind(json, type, unreadable);
    }

    /** A partial update: the values read, and the components the body named. */
    static <T extends Record> PartialDetails<T> bindPartial(JsonObject json, Class<T> type, Violations unreadable) {
        Set<String> sent = ContractRecord.of(type).components().stream()
                .filter(component -> json.containsKey(component.key()))
                .map(component -> component.reflected().getName())
                .collect(Collectors.toSet());
        return new PartialDetails<>(bind(json, type, unreadable), sent);
    }

    /** Ids are positive decimal integers; any other path segment names nothing. */
    static Optional<Long> id(String segment) {
        boolean plainDigits = !segment.isEmpty() && segment.length() <= MAX_ID_DIGITS
                && segment.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!plainDigits) {
            return Optional.empty();
        }
        long value = Long.parseLong(segment);
        return value > 0 ? Optional.of(value) : Optional.empty();
    }
}
