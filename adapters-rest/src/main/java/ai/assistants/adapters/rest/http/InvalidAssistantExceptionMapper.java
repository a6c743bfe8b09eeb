package ai.assistants.adapters.rest.http;

import ai.assistants.domain.validation.InvalidAssistantException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
@ApplicationScoped
public class InvalidAssistantExceptionMapper implements ExceptionMapper<InvalidAssistantException> {

    @Override
    public Response toResponse(InvalidAssistantException exception) {
        return ErrorResponses.validationFailed(exception.violations(), exception.judged().orElse(null));
    }
}
