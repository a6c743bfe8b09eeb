package ai.assistants.domain.validation.constraint;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** One reading of a URL, shared by the URL rule and the webhook host guard so they agree on the host. */
public final class WebUrls {

    private WebUrls() {
    }

    private static final int NO_PORT = -1;
    private static final int MAX_PORT = 65535;

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
