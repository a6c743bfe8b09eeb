package ai.assistants.domain.validation.constraint;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One reading of a URL, shared by the URL rule and the webhook host guard so they agree on the host. */
public final class WebUrls {

    private WebUrls() {
    }

    private static final int NO_PORT = -1;
    private static final int MAX_PORT = 65535;
    /** A {@code {name}} placeholder of a mid-call tool's endpoint; what it names is judged elsewhere. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    /**
     * {@code value} with each placeholder replaced by {@code _}: valid in a path or query, but never in a
     * host or port, so a placeholder can not choose where a call goes (which would defeat the host guard).
     */
    public static String withoutPlaceholders(String value) {
        return PLACEHOLDER.matcher(value).replaceAll("_");
    }

    /** The names between the braces of {@code value}'s placeholders, in order. */
    public static List<String> placeholders(String value) {
        Matcher found = PLACEHOLDER.matcher(value);
        List<String> names = new ArrayList<>();
        while (found.find()) {
            names.add(found.group(1));
        }
        return names;
    }

    /** An absolute URL with a scheme, a server-based host and, if any, a TCP port (1–65535), or empty. */
    public static Optional<URI> parse(String value) {
        try {
            URI uri = new URI(value);
            boolean usable = uri.isAbsolute() && !uri.isOpaque() && uri.getHost() != null && !uri.getHost().isEmpty()
                    && (uri.getPort() == NO_PORT || uri.getPort() >= 1 && uri.getPort() <= MAX_PORT);
            return usable ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException notAUrl) {
            return Optional.empty();
        }
    }
}
