package ai.assistants.application.port.in;

import ai.assistants.application.idempotency.IdempotencyKey;
import ai.assistants.application.idempotency.RememberedAnswer;
import ai.assistants.domain.assistant.AccountId;

import java.util.function.Supplier;

/**
 * A create sent with an idempotency key happens at most once per account and key, for 24 hours,
 * on whichever instance the retry reaches (CONTRACT.md, "Idempotent creates").
 */
public interface IdempotentCreatesUseCase {

    /**
     * Answers the first request with this key by running {@code create} (in one transaction with
     * remembering its answer when it created something), and a later one that is the same request
     * by the remembered answer without running anything.
     *
     * @param request     the request as a canonical text: two requests are the same one when their texts are
     *                    equal (the adapter writes the path and the body compared as JSON)
     * @param create      does the create and renders its answer: a creation or a refusal of the request's
     *                    content, both remembered; whatever it throws is not remembered, so the client may
     *                    retry
     * @throws IdempotencyConflictException when the key was used for another request, or its first request
     *                                      is still running
     */
    Outcome answer(AccountId caller, IdempotencyKey key, String request, Supplier<RememberedAnswer> create);

    /** The answer, and whether it is a replay of one given before. */
    record Outcome(RememberedAnswer answer, boolean replayed) {
    }
}
