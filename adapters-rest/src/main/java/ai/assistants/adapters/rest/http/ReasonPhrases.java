package ai.assistants.adapters.rest.http;

import java.util.Map;
import java.util.Optional;

import static java.util.Map.entry;

/**
 * The standard reason phrase of each status code: RFC 9110's names (so 413 is "Content Too Large"
 * and 422 "Unprocessable Content", their current names), and RFC 6585's for the codes it added,
 * 429 among them.
 */
final class ReasonPhrases {

    private static final Map<Integer, String> STANDARD = Map.ofEntries(
            entry(100, "Continue"), entry(101, "Switching Protocols"),
            entry(200, "OK"), entry(201, "Created"), entry(202, "Accepted"), entry(203, "Non-Authoritative Information"),
            entry(204, "No Content"), entry(205, "Reset Content"), entry(206, "Partial Content"),
            entry(300, "Multiple Choices"), entry(301, "Moved Permanently"), entry(302, "Found"), entry(303, "See Other"),
            entry(304, "Not Modified"), entry(305, "Use Proxy"), entry(307, "Temporary Redirect"),
            entry(308, "Permanent Redirect"),
            entry(400, "Bad Request"), entry(401, "Unauthorized"), entry(402, "Payment Required"), entry(403, "Forbidden"),
            entry(404, "Not Found"), entry(405, "Method Not Allowed"), entry(406, "Not Acceptable"),
            entry(407, "Proxy Authentication Required"), entry(408, "Request Timeout"), entry(409, "Conflict"),
            entry(410, "Gone"), entry(411, "Length Required"), entry(412, "Precondition Failed"),
            entry(413, "Content Too Large"), entry(414, "URI Too Long"), entry(415, "Unsupported Media Type"),
            entry(416, "Range Not Satisfiable"), entry(417, "Expectation Failed"), entry(421, "Misdirected Request"),
            entry(422, "Unprocessable Content"), entry(426, "Upgrade Required"), entry(428, "Precondition Required"),
            entry(429, "Too Many Requests"), entry(431, "Request Header Fields Too Large"),
            entry(500, "Internal Server Error"), entry(501, "Not Implemented"), entry(502, "Bad Gateway"),
            entry(503, "Service Unavailable"), entry(504, "Gateway Timeout"), entry(505, "HTTP Version Not Supported"),
            entry(511, "Network Authentication Required"));

    private ReasonPhrases() {
    }

    static Optional<String> of(int status) {
        return Optional.ofNullable(STANDARD.get(status));
    }
}
