package ai.assistants.adapters.rest.http;

import ai.assistants.domain.validation.Violations;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The one way an error becomes an HTTP answer. */
final class ErrorResponses {

    static final String SERVER_ERROR = "Server error.";

    private ErrorResponses() {
    }

    static Response error(int status, String message) {
        return json(Response.status(status), new ErrorBody(message));
    }

    static Response validationFailed(Violations violations, Object judged) {
        return json(Response.status(ApiException.UNPROCESSABLE_CONTENT), ValidationErrorBody.of(violations, judged));
    }

    static Response json(Response.ResponseBuilder builder, Object body) {
        return builder.entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
