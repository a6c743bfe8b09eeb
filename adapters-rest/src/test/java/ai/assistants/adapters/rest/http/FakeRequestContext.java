package ai.assistants.adapters.rest.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;

/** A request as a JAX-RS filter sees it: its method, headers and body, and nothing else. */
final class FakeRequestContext {

    private final String method;
    private final MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
    private InputStream entity;

    private FakeRequestContext(String method, String body) {
        this.method = method;
        this.entity = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }

    static FakeRequestContext of(String method, String body) {
        return new FakeRequestContext(method, body);
    }

    FakeRequestContext header(String name, String value) {
        headers.putSingle(name, value);
        return this;
    }

    MultivaluedMap<String, String> headers() {
        return headers;
    }

    InputStream entity() {
        return entity;
    }

    ContainerRequestContext context() {
        return (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, called, arguments) -> switch (called.getName()) {
                    case "getMethod" -> method;
                    case "getHeaders" -> headers;
                    case "getHeaderString" -> headers.getFirst((String) arguments[0]);
                    case "getMediaType" -> headers.getFirst(HttpHeaders.CONTENT_TYPE) == null ? null
                            : MediaType.valueOf(headers.getFirst(HttpHeaders.CONTENT_TYPE));
                    case "getLength" -> headers.getFirst(HttpHeaders.CONTENT_LENGTH) == null ? -1
                            : Integer.parseInt(headers.getFirst(HttpHeaders.CONTENT_LENGTH));
                    case "getEntityStream" -> entity;
                    case "setEntityStream" -> {
                        entity = (InputStream) arguments[0];
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }
}
