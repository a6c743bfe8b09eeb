package ai.assistants.adapters.rest.assistant;

import ai.assistants.domain.assistant.Assistant;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;

/**
 * The assistant's ETag: its {@code updatedAt}, which storage makes strictly later at every change, so
 * two versions of one assistant never share a tag. A strong tag: the same tag is the same assistant.
 */
final class AssistantVersions {

    private AssistantVersions() {
    }

    static EntityTag tagOf(Assistant assistant) {
        Instant updatedAt = assistant.updatedAt().orElseThrow();
        return new EntityTag(Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, updatedAt), 36));
    }

    /** The request's preconditions ({@code If-Match}, {@code If-None-Match}), judged by JAX-RS on the stored version. */
    static Predicate<Assistant> preconditionsOf(Request request) {
        return stored -> request.evaluatePreconditions(tagOf(stored)) == null;
    }
}
