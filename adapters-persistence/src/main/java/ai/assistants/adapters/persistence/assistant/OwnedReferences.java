package ai.assistants.adapters.persistence.assistant;

import ai.assistants.adapters.persistence.row.Timestamps;
import ai.assistants.application.port.out.OwnedReferenceMissingException;
import ai.assistants.application.port.out.PhoneNumberMissingException;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantFactory;
import ai.assistants.domain.reference.OwnedKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The knowledge bases, folders, labels and mid-call tools assistants name, and the one protocol that
 * keeps an assistant from naming a deleted one, on both databases and across instances (the locks are
 * the database's):
 * <ul>
 * <li>a write of an assistant (its own row locked first, when it is stored) locks ({@code FOR UPDATE},
 * in id order; knowledge base, then folder, then labels, then mid-call tools) each one it comes to name
 * and did not name before, before it writes anything else of the assistant (transfer targets
 * included), and finds the ones that are gone;</li>
 * <li>a delete locks the resource, then the assistants naming it (in id order), reads them afresh and
 * takes the reference out of each, then deletes the resource.</li>
 * </ul>
 * So a write naming a resource anew either waits for its delete and finds it gone
 * ({@link OwnedReferenceMissingException}), or the delete waits for the write and finds its assistant
 * among those naming it. A write that keeps a reference takes no lock of the resource, so a delete
 * waiting for that assistant never waits on a write waiting for the delete. The locks, not the foreign
 * keys, decide: H2 checks a foreign key against committed rows without locking them.
 *
 * <p>Phone numbers, which an operator deletes, take the same first step and a different second: the
 * write locks the numbers it comes to use (its {@code phone_number_id}, and the {@code outbound_phone_id}
 * of its {@code warm_call_transfer} tools) after the resources above; the delete locks the number, finds
 * the assistants using it and then refuses (the contract's 409) without touching them. So either the
 * write waits for the delete and finds the number gone ({@link PhoneNumberMissingException}, answered as
 * the unknown number's 422), or the delete waits and sees the write's assistant.
 */
public final class OwnedReferences {

    private static final AssistantEntityMapper MAPPER = AssistantEntityMapper.INSTANCE;

    private OwnedReferences() {
    }

    /**
     * Locks what {@code written} names that {@code stored} (null for a new assistant) did not: the
     * owned resources above, then the phone numbers it comes to use.
     *
     * @throws OwnedReferenceMissingException naming the owned resources that no longer exist
     * @throws PhoneNumberMissingException    naming the phone numbers that no longer exist
     */
    static void lockNewlyNamed(EntityManager entityManager, Assistant written, Assistant stored) {
        long owner = written.owner().value();
        Long knowledgebase = written.profile().knowledgebase().knowledgebaseId();
        if (knowledgebase != null && (stored == null
                || !knowledgebase.equals(stored.profile().knowledgebase().knowledgebaseId()))) {
            lockNamed(entityManager, owner, OwnedKind.KNOWLEDGEBASE, Set.of(knowledgebase));
        }
        Long folder = written.profile().folderId();
        if (folder != null && (stored == null || !folder.equals(stored.profile().folderId()))) {
            lockNamed(entityManager, owner, OwnedKind.FOLDER, Set.of(folder));
        }
        lockNamed(entityManager, owner, OwnedKind.LABEL,
                added(written.labelIds(), stored == null ? Set.of() : stored.labelIds()));
        lockNamed(entityManager, owner, OwnedKind.MID_CALL_TOOL,
                added(toolIds(written), stored == null ? List.of() : toolIds(stored)));
        // A number's delete locks only the number and refuses while an assistant uses it (it detaches
        // nothing), so it never waits for an assistant: after the owned resources is as good as before.
        Set<Long> missingNumbers = missingOnceLocked(entityManager, owner, "phone_numbers",
                added(written.phoneNumberIds(), stored == null ? Set.of() : stored.phoneNumberIds()));
        if (!missingNumbers.isEmpty()) {
            throw new PhoneNumberMissingException(missingNumbers);
        }
    }

    /** The mid-call tools {@code assistant} names, none when it names none. */
    static List<Long> toolIds(Assistant assistant) {
        List<Long> toolIds = assistant.profile().toolIds();
        return toolIds == null ? List.of() : toolIds;
    }

    private static Set<Long> added(Collection<Long> written, Collection<Long> stored) {
        Set<Long> added = new HashSet<>(written);
        added.removeAll(stored);
        return added;
    }

    private static void lockNamed(EntityManager entityManager, long owner, OwnedKind kind, Set<Long> ids) {
        Set<Long> missing = missingOnceLocked(entityManager, owner, table(kind), ids);
        if (!missing.isEmpty()) {
            throw new OwnedReferenceMissingException(kind, missing);
        }
    }

    /**
     * Locks the rows of {@code table} among {@code ids} that are the owner's, in one statement in id
     * order (so that writes naming the same rows take them in the same order), and answers the ids
     * that have none; no statement when {@code ids} is empty.
     */
    private static Set<Long> missingOnceLocked(EntityManager entityManager, long owner, String table, Set<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<Long> sorted = ids.stream().sorted().toList();
        Query select = entityManager.createNativeQuery("SELECT id FROM " + table
                + " WHERE account_id = ?1 AND id IN (" + placeholders(2, sorted.size()) + ") ORDER BY id FOR UPDATE");
        select.setParameter(1, owner);
        for (int i = 0; i < sorted.size(); i++) {
            select.setParameter(i + 2, sorted.get(i));
        }
        Set<Long> missing = new HashSet<>(ids);
        missing.removeAll(longs(select.getResultList()));
        return missing;
    }

    /**
     * Takes the {@code kind} resource {@code id}, which the caller locked and is about to delete, out of
     * every assistant of {@code owner} that names it, in the caller's transaction; each changed assistant
     * gets a new {@code updated_at}.
     */
    public static void detachAll(EntityManager entityManager, AssistantFactory factory, long owner, OwnedKind kind,
                                 long id) {
        List<Long> referrers = longs(entityManager.createNativeQuery(referrersOf(kind))
                .setParameter(1, id).setParameter(2, owner).getResultList());
        if (referrers.isEmpty()) {
            return;
        }
        Query lock = entityManager.createNativeQuery("SELECT id FROM assistants WHERE id IN ("
                + placeholders(1, referrers.size()) + ") ORDER BY id FOR UPDATE");
        for (int i = 0; i < referrers.size(); i++) {
            lock.setParameter(i + 1, referrers.get(i));
        }
        lock.getResultList();
        // Read after the lock: what a write that held it committed is what is changed.
        List<AssistantEntity> locked = entityManager.createQuery(
                        "SELECT a FROM AssistantEntity a WHERE a.id IN :ids ORDER BY a.id", AssistantEntity.class)
                .setParameter("ids", referrers)
                .getResultList();
        for (AssistantEntity entity : locked) {
            Assistant stored = MAPPER.toDomain(entity, factory);
            Assistant detached = stored.without(kind, id);
            if (detached != stored) {
                MAPPER.update(entity, detached, Timestamps.laterThan(stored.updatedAt().orElseThrow()));
            }
        }
        entityManager.flush();
        switch (kind) {
            case LABEL -> ReferenceRows.LABELS.deleteAllNaming(entityManager, id);
            case MID_CALL_TOOL -> ReferenceRows.MID_CALL_TOOLS.deleteAllNaming(entityManager, id);
            case KNOWLEDGEBASE, FOLDER -> {
                // A column of the assistant's own row, changed above.
            }
        }
    }

    private static String referrersOf(OwnedKind kind) {
        return switch (kind) {
            case MID_CALL_TOOL -> "SELECT t.assistant_id FROM assistant_mid_call_tools t JOIN assistants a"
                    + " ON a.id = t.assistant_id WHERE t.mid_call_tool_id = ?1 AND a.account_id = ?2 ORDER BY t.assistant_id";
            case KNOWLEDGEBASE -> "SELECT id FROM assistants WHERE knowledgebase_id = ?1 AND account_id = ?2 ORDER BY id";
            case FOLDER -> "SELECT id FROM assistants WHERE folder_id = ?1 AND account_id = ?2 ORDER BY id";
            case LABEL -> "SELECT l.assistant_id FROM assistant_labels l JOIN assistants a ON a.id = l.assistant_id"
                    + " WHERE l.label_id = ?1 AND a.account_id = ?2 ORDER BY l.assistant_id";
        };
    }

    private static String table(OwnedKind kind) {
        return switch (kind) {
            case MID_CALL_TOOL -> "mid_call_tools";
            case KNOWLEDGEBASE -> "knowledgebases";
            case FOLDER -> "folders";
            case LABEL -> "labels";
        };
    }

    static String placeholders(int first, int count) {
        return IntStream.range(first, first + count).mapToObj(i -> "?" + i).collect(Collectors.joining(", "));
    }

    private static List<Long> longs(Collection<?> ids) {
        return ids.stream().filter(Objects::nonNull).map(id -> ((Number) id).longValue()).toList();
    }
}
