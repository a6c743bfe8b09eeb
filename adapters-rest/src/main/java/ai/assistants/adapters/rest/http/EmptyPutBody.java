package ai.assistants.adapters.rest.http;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A PUT without a body is a PUT of {@code {}}: a partial update that changes nothing. Clients send
 * such a PUT with whatever {@code Content-Type} they always send, or none, so the request is made
 * exactly a JSON {@code {}} before matching, where a resource's {@code @Consumes} would otherwise
 * refuse a type that describes no body; the resource and {@link RequestBodyGuard} then see an
 * ordinary JSON body. Empty means no byte at all, whether the length was declared as 0 or the
 * body was chunked: whitespace is a body, and not JSON.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
@ApplicationScoped
public class EmptyPutBody implements ContainerRequestFilter {

    static final String EMPTY_OBJECT = "{}";

    @Override
    public void filter(ContainerRequestContext context) {
        if (!HttpMethod.PUT.equals(context.getMethod())) {
            return;
        }
        PushbackInputStream body = new PushbackInputStream(context.getEntityStream(), 1);
        if (isEmpty(body)) {
            context.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
            context.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
            context.setEntityStream(new ByteArrayInputStream(EMPTY_OBJECT.getBytes(StandardCharsets.UTF_8)));
        } else {
            context.setEntityStream(body);
        }
    }

    private static boolean isEmpty(PushbackInputStream body) {
        try {
            int first = body.read();
            if (first < 0) {
                return true;
            }
            body.unread(first);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
