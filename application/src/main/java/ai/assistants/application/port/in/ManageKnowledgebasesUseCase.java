package ai.assistants.application.port.in;

import ai.assistants.application.owned.KnowledgebaseView;
import ai.assistants.application.owned.PartialDetails;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.owned.KnowledgebaseDetails;
import ai.assistants.domain.validation.Violations;

import java.util.List;
import java.util.Optional;

/** The caller's knowledge bases (their metadata): listed, read, created, changed, deleted. */
public interface ManageKnowledgebasesUseCase {

    List<KnowledgebaseView> list(AccountId caller);

    Optional<KnowledgebaseView> get(AccountId caller, long id);

    /**
     * @param unreadable what the reader found wrong before the details existed
     * @throws ai.assistants.domain.validation.InvalidAssistantException with every violation
     */
    KnowledgebaseView create(AccountId caller, KnowledgebaseDetails details, Violations unreadable);

    /** @return empty when the caller has no such knowledge base */
    Optional<KnowledgebaseView> update(AccountId caller, long id, PartialDetails<KnowledgebaseDetails> sent,
                                       Violations unreadable);

    /** Detaches it from every assistant using it. @return whether the caller had it */
    boolean delete(AccountId caller, long id);
}
