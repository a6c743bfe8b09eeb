package ai.assistants.application.service;

import ai.assistants.application.owned.CategoryView;
import ai.assistants.application.owned.PartialDetails;
import ai.assistants.application.paging.Page;
import ai.assistants.application.paging.PageRequest;
import ai.assistants.application.port.in.ManageCategoriesUseCase;
import ai.assistants.application.port.out.Categories;
import ai.assistants.application.port.out.CategoryNameTakenException;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.owned.CategoryDetails;
import ai.assistants.domain.owned.CategoryKind;
import ai.assistants.domain.owned.OwnedResourceRules;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.InvalidAssistantException;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Violations;

import java.util.Optional;
import java.util.function.Supplier;

/** Folders and labels, alike; the uniqueness of a name is the storage's unique key, which decides races too. */
public final class CategoryService implements ManageCategoriesUseCase {

    private static final FieldPath NAME = FieldPath.of("name");

    private final OwnedResourceRules rules;
    private final Categories categories;

    public CategoryService(OwnedResourceRules rules, Categories categories) {
        this.rules = rules;
        this.categories = categories;
    }

    @Override
    public Page<CategoryView> page(AccountId caller, CategoryKind kind, PageRequest request) {
        return categories.page(caller, kind, request);
    }

    @Override
    public CategoryView create(AccountId caller, CategoryKind kind, CategoryDetails details, Violations unreadable) {
        CategoryDetails checked = rules.check(details, unreadable);
        return nameFree(details, () -> categories.create(caller, kind, checked));
    }

    @Override
    public Optional<CategoryView> update(AccountId caller, CategoryKind kind, long id, PartialDetails<CategoryDetails> sent,
                                         Violations unreadable) {
        return nameFree(sent.values(), () -> categories.change(caller, kind, id, stored -> rules.check(new CategoryDetails(
                sent.isSent("name") ? sent.values().name() : stored.name(),
                sent.isSent("color") ? sent.values().color() : stored.color()), unreadable)));
    }

    @Override
    public boolean delete(AccountId caller, CategoryKind kind, long id) {
        return categories.delete(caller, kind, id);
    }

    private static <T> T nameFree(CategoryDetails judged, Supplier<T> write) {
        try {
            return write.get();
        } catch (CategoryNameTakenException taken) {
            throw new InvalidAssistantException(new Violations().add(NAME, Rule.TAKEN), judged);
        }
    }
}
