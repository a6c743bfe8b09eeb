package ai.assistants.domain.validation.constraint;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** One reading of a URL, shared by the URL rule and the webhook host guard so they agree on the host. */
public final class WebUrls {

    private WebUrls() {
    }

    /** An absolute URL with a scheme and a server-based host, or empty. */
    public static Optional<URI> parse(String value) {
        try {
            URI uri = new URI(value);
            boolean usable = uri.isAbsolute() && !uri.isOpaque() && uri.getHost() != null && !uri.getHost().isEmpty();
            return usable ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException notAUrl) {
            return Optional.empty();
        }
    }
}
