package ai.assistants.adapters.persistence.account;

import ai.assistants.adapters.persistence.transaction.UnitOfWork;
import ai.assistants.application.catalog.PhoneNumberView;
import ai.assistants.application.port.out.AccountResources;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.reference.PhoneNumberFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Every query names the owner: another account's rows are never read. */
@ApplicationScoped
public class JpaAccountResources implements AccountResources {

    /** A number with the inbound assistant holding it (or null), in one query. */
    private static final String PHONE_NUMBERS = "SELECT p, a.assistantId FROM PhoneNumberEntity p"
            + " LEFT JOIN InboundAssignmentEntity a ON a.phoneNumberId = p.id WHERE p.accountId = :owner";

    private final UnitOfWork unitOfWork;

    @Inject
    public JpaAccountResources(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** For CDI's client proxy only. */
    protected JpaAccountResources() {
        this(null);
    }

    @Override
    public Map<Long, PhoneNumberFacts> phoneNumbers(AccountId owner, Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return unitOfWork.read(entityManager -> entityManager
                .createQuery(PHONE_NUMBERS + " AND p.id IN :ids", Object[].class)
                .setParameter("owner", owner.value())
                .setParameter("ids", ids)
                .getResultStream()
                .map(row -> new PhoneNumberFacts(((PhoneNumberEntity) row[0]).getId(),
                        ((PhoneNumberEntity) row[0]).getType(), (Long) row[1]))
                .collect(Collectors.toMap(PhoneNumberFacts::id, facts -> facts)));
    }

    @Override
    public Set<Long> existingMidCallTools(AccountId owner, Set<Long> ids) {
        return existing("MidCallToolEntity", owner, ids);
    }

    @Override
    public Set<Long> existingKnowledgebases(AccountId owner, Set<Long> ids) {
        return existing("KnowledgebaseEntity", owner, ids);
    }

    @Override
    public Set<Long> existingAssistants(AccountId owner, Set<Long> ids) {
        return existing("AssistantEntity", owner, ids);
    }

    @Override
    public Set<Long> existingFolders(AccountId owner, Set<Long> ids) {
        return existing("FolderEntity", owner, ids);
    }

    @Override
    public Set<Long> existingLabels(AccountId owner, Set<Long> ids) {
        return existing("LabelEntity", owner, ids);
    }

    @Override
    public List<PhoneNumberView> listPhoneNumbers(AccountId owner) {
        return unitOfWork.read(entityManager -> entityManager
                .createQuery(PHONE_NUMBERS + " ORDER BY p.id", Object[].class)
                .setParameter("owner", owner.value())
                .getResultStream()
                .map(row -> view((PhoneNumberEntity) row[0], row[1] == null))
                .toList());
    }

    private Set<Long> existing(String entity, AccountId owner, Set<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return unitOfWork.read(entityManager -> new HashSet<>(entityManager
                .createQuery("SELECT e.id FROM " + entity + " e WHERE e.accountId = :owner AND e.id IN :ids",
                        Long.class)
                .setParameter("owner", owner.value())
                .setParameter("ids", ids)
                .getResultList()));
    }

    private static PhoneNumberView view(PhoneNumberEntity number, boolean available) {
        return new PhoneNumberView(number.getId(), number.getPhoneNumber(), number.getCountryCode(), number.getType(),
                available);
    }
}
