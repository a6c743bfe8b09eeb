package ai.assistants.adapters.persistence.assistant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The tables that hold, beside an assistant's JSON, each id of something it names that a JSON column
 * cannot hold a foreign key for: so that the database refuses to delete what is still named, and a
 * delete finds the assistants naming it with an index. Written in the transaction that writes the
 * JSON, after {@link OwnedReferences#lockNewlyNamed} locked what the assistant names anew.
 *
 * <p>Only the rows that change are written: a row kept as it was asks the database for no check of
 * what it names, so a write that keeps a reference never waits for the delete of what it names, which
 * may be waiting for the write's assistant.
 */
enum ReferenceRows {
    /** An assistant's {@code label_ids}, in the settings JSON. */
    LABELS("assistant_labels", "label_id"),
    /** An assistant's {@code tool_ids}. */
    MID_CALL_TOOLS("assistant_mid_call_tools", "mid_call_tool_id"),
    /** The numbers an assistant's {@code warm_call_transfer} tools call out from. */
    OUTBOUND_PHONE_NUMBERS("assistant_outbound_phone_numbers", "phone_number_id");

    private final String table;
    private final String column;

    ReferenceRows(String table, String column) {
        this.table = table;
        this.column = column;
    }

    /**
     * Makes the rows of the assistant name {@code written} instead of {@code stored} (empty for a new
     * assistant); no statement for what both name.
     */
    void replace(EntityManager entityManager, long assistantId, Collection<Long> stored, Collection<Long> written) {
        Set<Long> removed = new HashSet<>(stored);
        removed.removeAll(written);
        Set<Long> added = new HashSet<>(written);
        added.removeAll(stored);
        delete(entityManager, assistantId, removed);
        insert(entityManager, assistantId, added);
    }

    /** The rows that name {@code id}, for its delete, which took {@code id} out of every assistant's JSON. */
    void deleteAllNaming(EntityManager entityManager, long id) {
        entityManager.createNativeQuery("DELETE FROM " + table + " WHERE " + column + " = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }

    private void insert(EntityManager entityManager, long assistantId, Set<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> sorted = ids.stream().sorted().toList();
        Query insert = entityManager.createNativeQuery("INSERT INTO " + table + " (assistant_id, " + column + ") VALUES "
                + IntStream.range(0, sorted.size()).mapToObj(i -> "(?" + (2 * i + 1) + ", ?" + (2 * i + 2) + ")")
                .collect(Collectors.joining(", ")));
        for (int i = 0; i < sorted.size(); i++) {
            insert.setParameter(2 * i + 1, assistantId).setParameter(2 * i + 2, sorted.get(i));
        }
        insert.executeUpdate();
    }

    private void delete(EntityManager entityManager, long assistantId, Set<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> sorted = ids.stream().sorted().toList();
        Query delete = entityManager.createNativeQuery("DELETE FROM " + table + " WHERE assistant_id = ?1 AND "
                + column + " IN (" + OwnedReferences.placeholders(2, sorted.size()) + ")");
        delete.setParameter(1, assistantId);
        for (int i = 0; i < sorted.size(); i++) {
            delete.setParameter(i + 2, sorted.get(i));
        }
        delete.executeUpdate();
    }
}
