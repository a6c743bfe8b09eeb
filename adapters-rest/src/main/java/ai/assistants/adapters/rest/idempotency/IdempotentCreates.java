package ai.assistants.adapters.rest.idempotency;

import ai.assistants.adapters.rest.http.ApiException;
import ai.assistants.adapters.rest.http.ApiExceptionMapper;
import ai.assistants.adapters.rest.http.InvalidAssistantExceptionMapper;
import ai.assistants.adapters.rest.http.RequestContext;
import ai.assistants.adapters.rest.json.CanonicalJson;
import ai.assistants.adapters.rest.json.JsonbConfiguration;
import ai.assistants.application.idempotency.IdempotencyKey;
import ai.assistants.application.idempotency.RememberedAnswer;
import ai.assistants.application.port.in.IdempotencyConflictException;
import ai.assistants.application.port.in.IdempotentCreatesUseCase;
import ai.assistants.domain.validation.InvalidAssistantException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every create of an account's resource, run under its {@code Idempotency-Key} when the client sent
 * one (CONTRACT.md, "Idempotent creates"): the answer, a creation or a refusal of the request's content
 * (422), is rendered here once and kept as sent, so a retry gets it again byte for byte. Without the
 * header a create runs as it always did, at no cost.
 */
@ApplicationScoped
public class IdempotentCreates {

    public static final String KEY_HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final IdempotentCreatesUseCase creates;
    private final RequestContext request;
    private final ApiExceptionMapper apiErrors;
    private final InvalidAssistantExceptionMapper invalidRequests;
    /** The JSON-B every response is written with, so a kept answer is the bytes the create would have sent. */
    private final JsonbConfiguration responses;

    @Inject
    public IdempotentCreates(IdempotentCreatesUseCase creates, RequestContext request, ApiExceptionMapper apiErrors,
                             InvalidAssistantExceptionMapper invalidRequests, JsonbConfiguration responses) {
        this.creates = creates;
        this.request = request;
        this.apiErrors = apiErrors;
        this.invalidRequests = invalidRequests;
        this.responses = responses;
    }

    /** For CDI's client proxy only. */
    protected IdempotentCreates() {
        this(null, null, null, null, null);
    }

    /**
     * @param collection what the create adds to (its path): with the body, it tells a retry from another request
     * @param body       the request's body as read: what it says, not how it was written, counts
     * @param create     the create as it answers without a key
     */
    public Response create(HttpHeaders headers, String collection, JsonObject body, Supplier<Response> create) {
        String sent = headers.getHeaderString(KEY_HEADER);
        if (sent == null) {
            return create.get();
        }
        IdempotencyKey key = IdempotencyKey.parse(sent).orElseThrow(ApiException::invalidIdempotencyKey);
        IdempotentCreatesUseCase.Outcome outcome;
        try {
            outcome = creates.answer(request.caller(), key, collection + " " + CanonicalJson.of(body),
                    () -> remembered(create));
        } catch (IdempotencyConflictException conflict) {
            throw conflict.reason() == IdempotencyConflictException.Reason.USED_FOR_ANOTHER_REQUEST
                    ? ApiException.idempotencyKeyUsedForAnotherRequest() : ApiException.idempotencyKeyStillRunning();
        }
        RememberedAnswer answer = outcome.answer();
        Response.ResponseBuilder response = Response.status(answer.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(answer.body());
        answer.location().ifPresent(location -> response.header(HttpHeaders.LOCATION, location));
        if (outcome.replayed()) {
            response.header(REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    /** A creation this request made, not one a retry was given again. */
    public static boolean createdAnew(Response answer) {
        return answer.getStatus() == Response.Status.CREATED.getStatusCode() && answer.getHeaderString(REPLAYED_HEADER) == null;
    }

    /** The answers a retry must get again; any other failure leaves the key free for the retry. */
    private RememberedAnswer remembered(Supplier<Response> create) {
        Response response;
        try {
            response = create.get();
        } catch (InvalidAssistantException refused) {
            response = invalidRequests.toResponse(refused);
        } catch (ApiException refused) {
            if (!refused.refusesContent()) {
                throw refused;
            }
            response = apiErrors.toResponse(refused);
        }
        return new RememberedAnswer(response.getStatus(),
                Optional.ofNullable(response.getHeaderString(HttpHeaders.LOCATION)),
                responses.getContext(Object.class).toJson(response.getEntity()));
    }
}
