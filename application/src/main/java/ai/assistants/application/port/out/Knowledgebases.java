package ai.assistants.application.port.out;

import ai.assistants.application.owned.KnowledgebaseView;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.owned.KnowledgebaseDetails;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The knowledge bases of each account; another account's are never found, changed or deleted. */
public interface Knowledgebases {

    /** The owner's, by id. */
    List<KnowledgebaseView> list(AccountId owner);

    Optional<KnowledgebaseView> find(AccountId owner, long id);

    /** A new one, {@code empty}. */
    KnowledgebaseView create(AccountId owner, KnowledgebaseDetails details);

    /**
     * Applies {@code change} to the stored details under a lock, so concurrent changes apply one after the other.
     *
     * @return empty when the owner has no such knowledge base
     */
    Optional<KnowledgebaseView> change(AccountId owner, long id, UnaryOperator<KnowledgebaseDetails> change);

    /**
     * Deletes it and, in the same transaction, detaches it from every assistant that uses it
     * ({@code knowledgebase_id} and {@code knowledgebase_mode} become none); no concurrent write of an
     * assistant can keep its id.
     *
     * @return whether the owner had it
     */
    boolean delete(AccountId owner, long id);
}
