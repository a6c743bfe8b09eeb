package ai.assistants.adapters.rest.http;

import ai.assistants.domain.validation.InvalidAssistantException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
@ApplicationScoped
public class InvalidAssistantExceptionMapper implements ExceptionMapper<InvalidAssistantException> {

    private final ServiceCounters counters;

    @Inject
    public InvalidAssistantExceptionMapper(ServiceCounters counters) {
        this.counters = counters;
    }

    /** For CDI's client proxy (JAX-RS wants a public constructor before it hands creation to CDI). */
    public InvalidAssistantExceptionMapper() {
        this(null);
    }

    @Override
    public Response toResponse(InvalidAssistantException exception) {
        counters.refused(exception.violations());
        return ErrorResponses.validationFailed(exception.violations(), exception.judged().orElse(null));
    }
}
