package ai.assistants.adapters.rest.http;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;
import java.util.Set;

/**
 * Admits only JSON bodies of at most {@link #LIMIT} bytes. A declared length over the limit is
 * refused before a byte is read; an undeclared one is counted while it is read.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
@ApplicationScoped
public class RequestBodyGuard implements ContainerRequestFilter {

    public static final long LIMIT = 1024 * 1024;
    private static final Set<String> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    @Override
    public void filter(ContainerRequestContext context) {
        if (!WITH_BODY.contains(context.getMethod())) {
            return;
        }
        if (!isJson(context.getMediaType())) {
            throw ApiException.unsupportedMediaType();
        }
        if (context.getLength() > LIMIT) {
            throw ApiException.tooLarge();
        }
        context.setEntityStream(new BoundedInputStream(context.getEntityStream(), LIMIT));
    }

    static boolean isJson(MediaType type) {
        return type != null && "application".equalsIgnoreCase(type.getType())
                && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }
}
