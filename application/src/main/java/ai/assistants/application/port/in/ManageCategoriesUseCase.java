package ai.assistants.application.port.in;

import ai.assistants.application.owned.CategoryView;
import ai.assistants.application.owned.PartialDetails;
import ai.assistants.application.paging.Page;
import ai.assistants.application.paging.PageRequest;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.owned.CategoryDetails;
import ai.assistants.domain.owned.CategoryKind;
import ai.assistants.domain.validation.Violations;

import java.util.Optional;

/** The caller's folders or labels: listed a page at a time, created, changed, deleted. */
public interface ManageCategoriesUseCase {

    Page<CategoryView> page(AccountId caller, CategoryKind kind, PageRequest request);

    /** @throws ai.assistants.domain.validation.InvalidAssistantException with every violation, a taken name among them */
    CategoryView create(AccountId caller, CategoryKind kind, CategoryDetails details, Violations unreadable);

    /** @return empty when the caller has no such folder (or label) */
    Optional<CategoryView> update(AccountId caller, CategoryKind kind, long id, PartialDetails<CategoryDetails> sent,
                                  Violations unreadable);

    /** Takes it out of every assistant. @return whether the caller had it */
    boolean delete(AccountId caller, CategoryKind kind, long id);
}
