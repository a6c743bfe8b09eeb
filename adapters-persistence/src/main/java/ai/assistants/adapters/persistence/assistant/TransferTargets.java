package ai.assistants.adapters.persistence.assistant;

import ai.assistants.application.port.out.TransferTargetMissingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The table {@code assistant_transfer_targets}: the assistants each assistant's
 * {@code assistant_transfer} tools name, beside the tools JSON, so that the database keeps a named
 * assistant from being deleted (its foreign key) and a delete can ask who names it. Every write of
 * an assistant's tools goes through here, in the transaction that writes them.
 *
 * <p>The targets are locked ({@code FOR UPDATE}, as a delete locks the assistant it deletes) before
 * the rows are written. That, not the foreign key, decides a write racing a delete of its target on
 * both databases: H2 checks a foreign key against committed rows without locking them, so there a
 * delete and a write naming its target could both pass their checks and both commit. Locked, either
 * the write waits for the delete and finds its target gone, or the delete waits for the write and
 * finds it among the referrers. Targets are locked in id order, so that writes naming the same
 * targets take them in the same order.
 */
final class TransferTargets {

    /** The foreign key that refuses to delete an assistant while another names it. */
    static final String TARGET_FOREIGN_KEY = "fk_assistant_transfer_targets_target";

    private TransferTargets() {
    }

    /**
     * The rows of a new assistant, which has none yet; none, and no statement, when it names no target.
     *
     * @throws TransferTargetMissingException naming the targets that no longer exist
     */
    static void insertFor(EntityManager entityManager, long assistantId, Set<Long> targetIds) {
        List<Long> targets = targetIds.stream().filter(id -> id != assistantId).sorted().toList();
        if (targets.isEmpty()) {
            return;
        }
        Set<Long> missing = new HashSet<>(targets);
        missing.removeAll(lock(entityManager, targets));
        if (!missing.isEmpty()) {
            throw new TransferTargetMissingException(missing);
        }
        Query insert = entityManager.createNativeQuery(
                "INSERT INTO assistant_transfer_targets (assistant_id, target_assistant_id) VALUES "
                        + IntStream.range(0, targets.size()).mapToObj(i -> "(?" + (2 * i + 1) + ", ?" + (2 * i + 2) + ")")
                        .collect(Collectors.joining(", ")));
        for (int i = 0; i < targets.size(); i++) {
            insert.setParameter(2 * i + 1, assistantId).setParameter(2 * i + 2, targets.get(i));
        }
        insert.executeUpdate();
    }

    /**
     * Makes the rows of a stored assistant name exactly {@code targetIds}, for a change of its tools.
     * Its own id is left out: naming itself never keeps an assistant from being deleted.
     *
     * @throws TransferTargetMissingException naming the targets that no longer exist
     */
    static void replace(EntityManager entityManager, long assistantId, Set<Long> targetIds) {
        entityManager.createNativeQuery("DELETE FROM assistant_transfer_targets WHERE assistant_id = ?1")
                .setParameter(1, assistantId)
                .executeUpdate();
        insertFor(entityManager, assistantId, targetIds);
    }

    /** The assistants that name {@code targetId}, ids ascending. */
    static List<Long> referrersOf(EntityManager entityManager, long targetId) {
        List<?> ids = entityManager.createNativeQuery("SELECT assistant_id FROM assistant_transfer_targets"
                        + " WHERE target_assistant_id = ?1 ORDER BY assistant_id")
                .setParameter(1, targetId)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** The ones of {@code ids} that exist, each locked until the transaction ends. */
    private static Set<Long> lock(EntityManager entityManager, List<Long> ids) {
        Query select = entityManager.createNativeQuery("SELECT id FROM assistants WHERE id IN ("
                + IntStream.rangeClosed(1, ids.size()).mapToObj(i -> "?" + i).collect(Collectors.joining(", "))
                + ") ORDER BY id FOR UPDATE");
        for (int i = 0; i < ids.size(); i++) {
            select.setParameter(i + 1, ids.get(i));
        }
        List<?> found = select.getResultList();
        return found.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
    }
}
