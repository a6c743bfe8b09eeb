package ai.assistants.adapters.rest.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;

/**
 * Puts the standard reason phrase on every status line. Liberty's HTTP channel takes the phrase
 * from a table of its own that predates 422 and 429 (it writes {@code 422 Undefined}) and still
 * names 413 "Request Entity Too Large". Nothing standard lets an application choose the phrase:
 * Servlet 6 removed {@code setStatus(int, String)}, and JAX-RS's {@code Response.status(int, String)}
 * ends at the servlet's {@code setStatus(int)}, so its phrase is lost. No server.xml setting changes
 * the table either. Liberty's own response object still has the public {@code setStatus(int, String)}
 * of earlier servlet versions, which sends the phrase it is given, so every status set through the
 * response is passed on with its phrase there. On a container without that method the status is set
 * as it was, and only the phrase is the container's.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
// Filter itself, not HttpFilter: Liberty ignores a @WebFilter whose class does not name Filter directly
public class ReasonPhraseFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response instanceof HttpServletResponse http ? new WithReasonPhrase(http) : response);
    }

    /** The container's {@code setStatus(int, String)}, where its response class has a public one. */
    static final class StatusWithPhrase {

        private static final MethodType SET_STATUS = MethodType.methodType(void.class, int.class, String.class);
        private static final ClassValue<Optional<MethodHandle>> BY_CLASS = new ClassValue<>() {
            @Override
            protected Optional<MethodHandle> computeValue(Class<?> type) {
                return find(type);
            }
        };

        private StatusWithPhrase() {
        }

        /** True when the status went out with the phrase; false when the response has no way to send one. */
        static boolean set(ServletResponse response, int status, String phrase) {
            Optional<MethodHandle> setter = BY_CLASS.get(response.getClass());
            if (setter.isEmpty()) {
                return false;
            }
            try {
                setter.get().invoke(response, status, phrase);
                return true;
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable undeclared) {
                throw new IllegalStateException(undeclared);
            }
        }

        /** The method as the nearest public class declares it: the runtime class itself may not be public. */
        private static Optional<MethodHandle> find(Class<?> type) {
            for (Class<?> candidate = type; candidate != null; candidate = candidate.getSuperclass()) {
                try {
                    return Optional.of(MethodHandles.publicLookup().findVirtual(candidate, "setStatus", SET_STATUS));
                } catch (NoSuchMethodException | IllegalAccessException notHere) {
                    // try the superclass
                }
            }
            return Optional.empty();
        }
    }

    static final class WithReasonPhrase extends HttpServletResponseWrapper {

        WithReasonPhrase(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            boolean withPhrase = ReasonPhrases.of(status)
                    .map(phrase -> StatusWithPhrase.set(getResponse(), status, phrase))
                    .orElse(false);
            if (!withPhrase) {
                super.setStatus(status);
            }
        }
    }
}
