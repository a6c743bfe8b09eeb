package ai.assistants.application.service;

import ai.assistants.application.owned.CategoryView;
import ai.assistants.application.owned.PartialDetails;
import ai.assistants.application.paging.Page;
import ai.assistants.application.paging.PageRequest;
import ai.assistants.application.port.out.Categories;
import ai.assistants.application.port.out.CategoryNameTakenException;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.owned.CategoryColor;
import ai.assistants.domain.owned.CategoryDetails;
import ai.assistants.domain.owned.CategoryKind;
import ai.assistants.domain.owned.OwnedResourceRules;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.InvalidAssistantException;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Violation;
import ai.assistants.domain.validation.Violations;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CategoryServiceTest {

    private static final AccountId ALPHA = new AccountId(1);
    private static final OwnedResourceRules RULES =
            new OwnedResourceRules(Validation.buildDefaultValidatorFactory().getValidator());

    /** One stored folder, "Sales" in red; a name the storage's key says is taken is "Taken". */
    private static final class OneFolder implements Categories {

        CategoryDetails stored = new CategoryDetails("Sales", CategoryColor.RED);

        @Override
        public Page<CategoryView> page(AccountId owner, CategoryKind kind, PageRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CategoryView create(AccountId owner, CategoryKind kind, CategoryDetails details) {
            if (details.normalizedName().equals("taken")) {
                throw new CategoryNameTakenException(null);
            }
            return new CategoryView(2, details.name(), details.color(), 0);
        }

        @Override
        public Optional<CategoryView> change(AccountId owner, CategoryKind kind, long id,
                                             UnaryOperator<CategoryDetails> change) {
            stored = change.apply(stored);
            return Optional.of(new CategoryView(id, stored.name(), stored.color(), 0));
        }

        @Override
        public boolean delete(AccountId owner, CategoryKind kind, long id) {
            return false;
        }
    }

    private final OneFolder storage = new OneFolder();
    private final CategoryService service = new CategoryService(RULES, storage);

    @Test
    void aNameTheStorageFindsTakenIsTheNamesViolation() {
        assertThatThrownBy(() -> service.create(ALPHA, CategoryKind.FOLDER, new CategoryDetails(" TAKEN ", null),
                new Violations()))
                .isInstanceOfSatisfying(InvalidAssistantException.class, refused -> assertThat(refused.violations().all())
                        .containsExactly(Violation.of(FieldPath.of("name"), Rule.TAKEN)));
    }

    @Test
    void anUpdateKeepsWhatWasNotSentAndChecksTheResult() {
        CategoryView changed = service.update(ALPHA, CategoryKind.FOLDER, 1,
                new PartialDetails<>(new CategoryDetails(null, CategoryColor.BLUE), Set.of("color")), new Violations())
                .orElseThrow();

        assertThat(changed.name()).isEqualTo("Sales");
        assertThat(changed.color()).isEqualTo(CategoryColor.BLUE);
        assertThatThrownBy(() -> service.update(ALPHA, CategoryKind.FOLDER, 1,
                new PartialDetails<>(new CategoryDetails(null, null), Set.of("name")), new Violations()))
                .isInstanceOfSatisfying(InvalidAssistantException.class, refused -> assertThat(refused.violations().all())
                        .containsExactly(Violation.of(FieldPath.of("name"), Rule.REQUIRED)));
        assertThat(storage.stored).isEqualTo(new CategoryDetails("Sales", CategoryColor.BLUE));
    }
}
