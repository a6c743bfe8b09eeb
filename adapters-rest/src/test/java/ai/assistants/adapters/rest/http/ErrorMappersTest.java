package ai.assistants.adapters.rest.http;

import ai.assistants.application.port.out.StorageUnavailableException;
import ai.assistants.domain.validation.InvalidAssistantException;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Violations;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorMappersTest {

    /** The counters are Liberty's registry's, scraped from /metrics by MetricsIT. */
    private static final ServiceCounters NOT_COUNTED = new ServiceCounters() {
        @Override
        public void refused(Violations violations) {
        }
    };


    private final RequestContext request = new RequestContext();
    private final UnexpectedExceptionMapper unexpected =
            new UnexpectedExceptionMapper(request, new StorageUnavailableExceptionMapper(request));

    @Test
    void answersADatabaseOutageWith503AndWhenToRetry() {
        request.requestId("outage-1");
        StorageUnavailableException outage = new StorageUnavailableException(new SQLException("refused", "08001"));

        for (Response response : List.of(new StorageUnavailableExceptionMapper(request).toResponse(outage),
                unexpected.toResponse(new IllegalStateException("wrapped", outage)))) {
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getEntity()).isEqualTo(new ErrorBody("Service temporarily unavailable."));
            assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
            assertThat(response.getHeaderString("X-Request-Id")).isEqualTo("outage-1");
        }
    }

    @Test
    void answersARequestLevelErrorWithItsStatusAndMessage() {
        Response response = new ApiExceptionMapper(NOT_COUNTED).toResponse(ApiException.malformedJson());

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
        assertThat(response.getEntity()).isEqualTo(new ErrorBody("Malformed JSON request body."));
    }

    @Test
    void asksAnUnauthenticatedCallerForABearerKey() {
        Response response = new ApiExceptionMapper(NOT_COUNTED).toResponse(ApiException.unauthenticated());

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getEntity()).isEqualTo(new ErrorBody("Unauthenticated."));
        assertThat(response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
    }

    @Test
    void answersEveryViolationInOne422() {
        Violations violations = new Violations()
                .add(FieldPath.of("voiceId"), Rule.WRONG_KIND, Rule.ValueKind.INTEGER)
                .add(FieldPath.of("name"), Rule.REQUIRED);

        Response response = new InvalidAssistantExceptionMapper(NOT_COUNTED).toResponse(new InvalidAssistantException(violations, null));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getEntity()).isEqualTo(new ValidationErrorBody("Validation failed", Map.of(
                "voice_id", List.of("The voice id field must be an integer."),
                "name", List.of("The name field is required."))));
        assertThat(((ValidationErrorBody) response.getEntity()).errors().keySet())
                .as("the order of the request's fields").containsExactly("name", "voice_id");
    }

    @Test
    void answersInvalidQueryParametersLikeInvalidBodies() {
        Response response = new ApiExceptionMapper(NOT_COUNTED).toResponse(
                ApiException.invalid(new Violations().add(FieldPath.root().key("mode"), Rule.NOT_ONE_OF)));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(((ValidationErrorBody) response.getEntity()).errors())
                .containsEntry("mode", List.of("The selected mode is invalid."));
    }

    @Test
    void answersTheFrameworksOwnErrorsInTheApisShape() {
        WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper(unexpected);

        Response notFound = mapper.toResponse(new NotFoundException());
        Response notAllowed = mapper.toResponse(new NotAllowedException("GET", new String[] {"POST"}));
        Response unsupported = mapper.toResponse(new NotSupportedException());

        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(notFound.getEntity()).isEqualTo(new ErrorBody("Not found."));
        assertThat(notAllowed.getStatus()).isEqualTo(405);
        assertThat(notAllowed.getAllowedMethods()).contains("GET", "POST");
        assertThat(unsupported.getStatus()).isEqualTo(415);
        assertThat(unsupported.getEntity()).isEqualTo(new ErrorBody("Unsupported media type. Use application/json."));
    }

    @Test
    void answersAnUnexpectedFailureWithoutDetailAndLogsItUnderTheRequestId() {
        request.requestId("req-42");
        List<LogRecord> logged = new ArrayList<>();
        Logger logger = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        try {
            Response response = unexpected.toResponse(new IllegalStateException("SELECT * FROM secrets",
                    new SQLException("relation missing")));

            assertThat(response.getStatus()).isEqualTo(500);
            assertThat(response.getEntity()).isEqualTo(new ErrorBody("Server error."));
            assertThat(response.getHeaderString(RequestIdFilter.HEADER)).isEqualTo("req-42");
            assertThat(logged).singleElement().satisfies(record -> {
                assertThat(record.getMessage()).contains("req-42");
                assertThat(record.getThrown()).hasMessage("SELECT * FROM secrets");
            });
        } finally {
            logger.removeHandler(capture);
        }
    }

    @Test
    void treatsAFrameworkServerErrorAsUnexpected() {
        Response response = new WebApplicationExceptionMapper(unexpected).toResponse(new ServiceUnavailableException());

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getEntity()).isEqualTo(new ErrorBody("Server error."));
    }
}
