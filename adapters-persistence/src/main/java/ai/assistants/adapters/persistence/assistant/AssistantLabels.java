package ai.assistants.adapters.persistence.assistant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The table {@code assistant_labels}: the labels each assistant carries, beside its {@code label_ids}
 * in the settings JSON, written in the transaction that writes them, as {@link TransferTargets} does
 * for transfer targets. The labels an assistant comes to carry are locked first
 * ({@link OwnedReferences#lockNamed}); rows of labels it keeps are not touched, so a write that keeps a
 * label never waits for that label's delete, which waits for the assistant.
 */
final class AssistantLabels {

    private AssistantLabels() {
    }

    /** Rows for {@code labelIds}, which the assistant does not carry yet; no statement when there are none. */
    static void insert(EntityManager entityManager, long assistantId, Set<Long> labelIds) {
        if (labelIds.isEmpty()) {
            return;
        }
        List<Long> labels = labelIds.stream().sorted().toList();
        Query insert = entityManager.createNativeQuery("INSERT INTO assistant_labels (assistant_id, label_id) VALUES "
                + IntStream.range(0, labels.size()).mapToObj(i -> "(?" + (2 * i + 1) + ", ?" + (2 * i + 2) + ")")
                .collect(Collectors.joining(", ")));
        for (int i = 0; i < labels.size(); i++) {
            insert.setParameter(2 * i + 1, assistantId).setParameter(2 * i + 2, labels.get(i));
        }
        insert.executeUpdate();
    }

    /** Removes the rows of {@code labelIds}; no statement when there are none. */
    static void delete(EntityManager entityManager, long assistantId, Set<Long> labelIds) {
        if (labelIds.isEmpty()) {
            return;
        }
        Query delete = entityManager.createNativeQuery("DELETE FROM assistant_labels WHERE assistant_id = ?1 AND label_id IN ("
                + IntStream.range(0, labelIds.size()).mapToObj(i -> "?" + (i + 2)).collect(Collectors.joining(", ")) + ")");
        delete.setParameter(1, assistantId);
        int position = 2;
        for (long labelId : labelIds) {
            delete.setParameter(position++, labelId);
        }
        delete.executeUpdate();
    }
}
