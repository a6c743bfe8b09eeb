package ai.assistants.adapters.rest.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Map;

/**
 * The answers the request pipeline, not a resource, gives (CONTRACT.md "Rate limits", the 503 of
 * the request-level errors, "Idempotent creates"): each defined once under {@code components} and
 * referred to from every operation that can give it, so that an operation added later gets them too.
 */
final class SharedAnswers {

    static final String TOO_MANY_REQUESTS = "TooManyRequests";
    static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";
    static final String IDEMPOTENCY_CONFLICT = "IdempotencyConflict";
    static final String IDEMPOTENCY_KEY = "IdempotencyKey";

    private static final String RETRY_AFTER = "Retry-After";
    private static final String REPLAYED = "Idempotent-Replayed";
    private static final String API = "/api/";
    private static final String ADMIN = "/api/admin/";
    private static final String ERROR_SCHEMA = "#/components/schemas/Error";
    private static final String RATE_LIMITED_SCHEMA = "#/components/schemas/RateLimited";

    private SharedAnswers() {
    }

    static void register(Components components) {
        components.addHeader(RETRY_AFTER, header("Seconds to wait before trying again", SchemaType.INTEGER));
        components.addHeader("X-RateLimit-Limit", header("Requests the account may send in the current window;"
                + " sent on every answer to an authenticated request", SchemaType.INTEGER));
        components.addHeader("X-RateLimit-Remaining", header("Requests left in the current window", SchemaType.INTEGER));
        components.addHeader("X-RateLimit-Reset", header("When the window ends, in Unix seconds", SchemaType.INTEGER));
        components.addHeader(REPLAYED, header("`true` on the replay of a create sent before with the same"
                + " Idempotency-Key and body: nothing was created this time", SchemaType.STRING));

        components.addResponse(TOO_MANY_REQUESTS, OASFactory.createAPIResponse()
                .description("Over the account's rate limit, or too many failed authentications from this address")
                .addHeader(RETRY_AFTER, headerRef(RETRY_AFTER))
                .addHeader("X-RateLimit-Limit", headerRef("X-RateLimit-Limit"))
                .addHeader("X-RateLimit-Remaining", headerRef("X-RateLimit-Remaining"))
                .addHeader("X-RateLimit-Reset", headerRef("X-RateLimit-Reset"))
                .content(json(RATE_LIMITED_SCHEMA)));
        components.addResponse(SERVICE_UNAVAILABLE, OASFactory.createAPIResponse()
                .description("The database (or another part the service needs) is unreachable or too slow:"
                        + " `Service temporarily unavailable.`; retry after `Retry-After` seconds")
                .addHeader(RETRY_AFTER, headerRef(RETRY_AFTER))
                .content(json(ERROR_SCHEMA)));
        components.addResponse(IDEMPOTENCY_CONFLICT, OASFactory.createAPIResponse()
                .description("The Idempotency-Key was already used for a different request, or its first request is"
                        + " still being processed; nothing was created")
                .content(json(ERROR_SCHEMA)));
        components.addParameter(IDEMPOTENCY_KEY, OASFactory.createParameter()
                .name("Idempotency-Key").in(Parameter.In.HEADER).required(false)
                .description("Makes a retried create safe: the same key with the same body (compared as JSON) within"
                        + " 24 hours replays the first answer (`Idempotent-Replayed: true`) and creates nothing")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).minLength(1).maxLength(255)
                        .pattern("^[\\x21-\\x7E]+$")));
    }

    /**
     * Every operation of {@code /api} can answer 503 (authentication itself reads the database);
     * every one an API key opens can answer 429 (operators are not counted); every create an API key
     * opens (a POST answering 201) takes an Idempotency-Key.
     */
    static void attach(OpenAPI document) {
        if (document.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : document.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith(API)) {
                continue;
            }
            boolean account = !path.getKey().startsWith(ADMIN);
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                APIResponses responses = entry.getValue().getResponses();
                responses.addAPIResponse("503", responseRef(SERVICE_UNAVAILABLE));
                if (account) {
                    responses.addAPIResponse("429", responseRef(TOO_MANY_REQUESTS));
                }
                if (account && entry.getKey() == PathItem.HttpMethod.POST && responses.hasAPIResponse("201")) {
                    idempotent(entry.getValue());
                }
            }
        }
    }

    private static void idempotent(Operation create) {
        create.addParameter(OASFactory.createParameter().ref(IDEMPOTENCY_KEY));
        APIResponses responses = create.getResponses();
        if (!responses.hasAPIResponse("409")) {
            responses.addAPIResponse("409", responseRef(IDEMPOTENCY_CONFLICT));
        }
        // the remembered answers, 201 and 422, are what a replay repeats
        for (String remembered : new String[] {"201", "422"}) {
            APIResponse answer = responses.getAPIResponse(remembered);
            if (answer != null) {
                answer.addHeader(REPLAYED, headerRef(REPLAYED));
            }
        }
    }

    private static Header header(String description, SchemaType type) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(type));
    }

    private static Header headerRef(String name) {
        return OASFactory.createHeader().ref(name);
    }

    private static APIResponse responseRef(String name) {
        return OASFactory.createAPIResponse().ref(name);
    }

    private static org.eclipse.microprofile.openapi.models.media.Content json(String schemaRef) {
        Schema schema = OASFactory.createSchema().ref(schemaRef);
        return OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType().schema(schema));
    }
}
