package ai.assistants.adapters.rest.http;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The answer to what the servlet container refuses before the API sees it (a URL it cannot decode,
 * a path no application serves, a file under {@code WEB-INF}), in the API's error shape: the
 * container's own pages are HTML naming its classes. {@code web.xml} sends those errors here. The
 * status stays the container's; the words are the API's.
 */
@WebServlet(urlPatterns = ContainerErrorPage.PATH)
public class ContainerErrorPage extends HttpServlet {

    static final String PATH = "/container-error";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? code : HttpServletResponse.SC_NOT_FOUND;
        response.resetBuffer();
        response.setStatus(status);
        response.setHeader(RequestIdFilter.HEADER, requestId(request));
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Json.createObjectBuilder()
                .add("message", StatusMessages.of(status, reasonPhrase(status)))
                .build()
                .toString());
    }

    private static String requestId(HttpServletRequest request) {
        String sent = request.getHeader(RequestIdFilter.HEADER);
        return RequestIdFilter.isSane(sent) ? sent : UUID.randomUUID().toString();
    }

    private static String reasonPhrase(int status) {
        Response.StatusType known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "Error";
    }
}
