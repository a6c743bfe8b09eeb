package ai.assistants.adapters.rest.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JAX-RS runtime parses {@code Content-Type} and {@code Accept} before any filter of ours runs,
 * and answers one it cannot parse itself: a bare HTML 400 without a request id, before the API
 * key is even looked at, or a 500 for an {@code Accept} quality that is not a number. So the
 * headers are checked here, in front of it: a {@code Content-Type} that is no media type is
 * passed on as one that is not JSON (the API's 415, after its 401), and an {@code Accept} that
 * cannot be read is dropped, as if the client had accepted anything.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
// Filter itself, not HttpFilter: Liberty ignores a @WebFilter whose class does not name Filter directly
public class MediaTypeHeaderFilter implements Filter {

    static final String CONTENT_TYPE = "content-type";
    static final String ACCEPT = "accept";
    /** Stands in for an unreadable {@code Content-Type}: a media type, and not a JSON one. */
    static final String UNREADABLE_CONTENT_TYPE = MediaType.APPLICATION_OCTET_STREAM;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http)) {
            chain.doFilter(request, response);
            return;
        }
        Map<String, String> replaced = replacements(http.getHeader(CONTENT_TYPE), http.getHeaders(ACCEPT));
        chain.doFilter(replaced.isEmpty() ? request : new Replaced(http, replaced), response);
    }

    /** Lower-cased header name to its replacement value; {@code null} drops the header. */
    static Map<String, String> replacements(String contentType, Enumeration<String> accept) {
        boolean badContentType = contentType != null && !isMediaType(contentType);
        boolean badAccept = accept != null && !Collections.list(accept).stream().allMatch(MediaTypeHeaderFilter::isAcceptList);
        if (!badContentType && !badAccept) {
            return Map.of();
        }
        Map<String, String> replaced = new HashMap<>();
        if (badContentType) {
            replaced.put(CONTENT_TYPE, UNREADABLE_CONTENT_TYPE);
        }
        if (badAccept) {
            replaced.put(ACCEPT, null);
        }
        return replaced;
    }

    static boolean isMediaType(String value) {
        try {
            MediaType.valueOf(value.strip());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Every element is a media range, and its quality, when given, a number. */
    static boolean isAcceptList(String value) {
        for (String range : value.split(",")) {
            if (range.isBlank()) {
                continue;
            }
            MediaType type;
            try {
                type = MediaType.valueOf(range.strip());
            } catch (IllegalArgumentException e) {
                return false;
            }
            String quality = type.getParameters().get("q");
            if (quality != null && !isQuality(quality)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isQuality(String quality) {
        try {
            float q = Float.parseFloat(quality);
            return q >= 0 && q <= 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static final class Replaced extends HttpServletRequestWrapper {

        private final Map<String, String> replaced;

        Replaced(HttpServletRequest request, Map<String, String> replaced) {
            super(request);
            this.replaced = replaced;
        }

        private boolean isReplaced(String name) {
            return name != null && replaced.containsKey(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String getHeader(String name) {
            return isReplaced(name) ? replaced.get(name.toLowerCase(Locale.ROOT)) : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (!isReplaced(name)) {
                return super.getHeaders(name);
            }
            String value = replaced.get(name.toLowerCase(Locale.ROOT));
            return Collections.enumeration(value == null ? List.of() : List.of(value));
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !isReplaced(name) || replaced.get(name.toLowerCase(Locale.ROOT)) != null)
                    .toList();
            return Collections.enumeration(names);
        }

        @Override
        public String getContentType() {
            return isReplaced(CONTENT_TYPE) ? replaced.get(CONTENT_TYPE) : super.getContentType();
        }
    }
}
