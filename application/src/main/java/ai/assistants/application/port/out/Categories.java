package ai.assistants.application.port.out;

import ai.assistants.application.owned.CategoryView;
import ai.assistants.application.paging.Page;
import ai.assistants.application.paging.PageRequest;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.owned.CategoryDetails;
import ai.assistants.domain.owned.CategoryKind;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The folders and labels of each account; another account's are never found, changed or deleted.
 * A name is unique among the owner's folders (or labels) as {@link CategoryDetails#normalizedName()}
 * compares it, which storage decides under concurrent writes.
 */
public interface Categories {

    /** A page of the owner's, by id, with how many there are in all. */
    Page<CategoryView> page(AccountId owner, CategoryKind kind, PageRequest request);

    /** @throws CategoryNameTakenException when another of the owner's has the name */
    CategoryView create(AccountId owner, CategoryKind kind, CategoryDetails details);

    /**
     * Applies {@code change} to the stored details under a lock.
     *
     * @return empty when the owner has no such folder (or label)
     * @throws CategoryNameTakenException when another of the owner's has the new name
     */
    Optional<CategoryView> change(AccountId owner, CategoryKind kind, long id, UnaryOperator<CategoryDetails> change);

    /**
     * Deletes it and, in the same transaction, takes it out of every assistant: a folder's assistants
     * are left in none, a label leaves every {@code label_ids}; no concurrent write of an assistant can
     * keep its id.
     *
     * @return whether the owner had it
     */
    boolean delete(AccountId owner, CategoryKind kind, long id);
}
