package ai.assistants.application.idempotency;

import java.util.Objects;
import java.util.Optional;

/**
 * The first answer to a request sent with an idempotency key, kept so that a retry gets it again:
 * its status, where the created resource lives (for a 201) and its body as sent.
 */
public record RememberedAnswer(int status, Optional<String> location, String body) {

    public RememberedAnswer {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(body, "body");
    }

    /**
     * Whether the request created something: only then is the answer kept in the transaction that
     * created it. Any other remembered answer (a refusal for the request's content) created nothing.
     */
    public boolean created() {
        return status >= 200 && status < 300;
    }
}
