package ai.assistants.adapters.rest.http;

import ai.assistants.domain.assistant.AccountId;
import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;
import java.util.UUID;

/** What the filters learned about the current request: its id and the one account it may see. */
@RequestScoped
public class RequestContext {

    private String requestId;
    private AccountId caller;

    /** The id of this request in the logs and the {@code X-Request-Id} header; made up when nobody set one. */
    public String requestId() {
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
        }
        return requestId;
    }

    void requestId(String id) {
        this.requestId = id;
    }

    /** The authenticated account; every {@code /user} resource runs behind the authentication filter. */
    public AccountId caller() {
        return callerIfAuthenticated()
                .orElseThrow(() -> new IllegalStateException("No authenticated account on request " + requestId()));
    }

    Optional<AccountId> callerIfAuthenticated() {
        return Optional.ofNullable(caller);
    }

    void caller(AccountId account) {
        this.caller = account;
    }
}
