package ai.assistants.adapters.persistence.assistant;

import ai.assistants.adapters.persistence.json.StoredJson;
import ai.assistants.adapters.persistence.row.Timestamps;
import ai.assistants.application.port.out.OwnedReferenceMissingException;
import ai.assistants.domain.reference.OwnedKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The table {@code assistant_mid_call_tools}: the tools each assistant's {@code tool_ids} name, beside
 * the JSON, so that a tool's delete finds the assistants to detach it from, and the database refuses
 * to delete a tool still named. Every write of an assistant's {@code tool_ids} goes through here, in
 * the transaction that writes them.
 *
 * <p>As with {@link TransferTargets}, the tools are locked ({@code FOR UPDATE}, in id order) before
 * the rows are written, and a delete locks the tool it deletes: either the write waits for the delete
 * and finds the tool gone, or the delete waits for the write and finds it among the referrers. H2
 * checks a foreign key against committed rows without locking them, so the lock, not the key, decides.
 * A delete locks the referring assistants before the tool, the order an assistant's change takes them.
 */
public final class AssistantMidCallTools {

    /** The foreign key that refuses to delete a tool while an assistant names it. */
    public static final String TOOL_FOREIGN_KEY = "fk_assistant_mid_call_tools_tool";

    private AssistantMidCallTools() {
    }

    /**
     * The rows of a new assistant; none, and no statement, when it names no tool.
     *
     * @throws OwnedReferenceMissingException naming the tools that no longer exist
     */
    static void insertFor(EntityManager entityManager, long assistantId, long accountId, List<Long> toolIds) {
        List<Long> tools = toolIds == null ? List.of() : toolIds.stream().distinct().sorted().toList();
        if (tools.isEmpty()) {
            return;
        }
        Set<Long> missing = new HashSet<>(tools);
        missing.removeAll(lock(entityManager, accountId, tools));
        if (!missing.isEmpty()) {
            throw new OwnedReferenceMissingException(OwnedKind.MID_CALL_TOOL, missing);
        }
        Query insert = entityManager.createNativeQuery(
                "INSERT INTO assistant_mid_call_tools (assistant_id, mid_call_tool_id) VALUES "
                        + IntStream.range(0, tools.size()).mapToObj(i -> "(?" + (2 * i + 1) + ", ?" + (2 * i + 2) + ")")
                        .collect(Collectors.joining(", ")));
        for (int i = 0; i < tools.size(); i++) {
            insert.setParameter(2 * i + 1, assistantId).setParameter(2 * i + 2, tools.get(i));
        }
        insert.executeUpdate();
    }

    /**
     * Makes the rows of a stored assistant name exactly {@code toolIds}, for a change of its {@code tool_ids}.
     *
     * @throws OwnedReferenceMissingException naming the tools that no longer exist
     */
    static void replace(EntityManager entityManager, long assistantId, long accountId, List<Long> toolIds) {
        entityManager.createNativeQuery("DELETE FROM assistant_mid_call_tools WHERE assistant_id = ?1")
                .setParameter(1, assistantId)
                .executeUpdate();
        insertFor(entityManager, assistantId, accountId, toolIds);
    }

    /** The assistants that name {@code toolId}, locked in id order, as their changes lock them. */
    public static void lockReferrers(EntityManager entityManager, long toolId) {
        List<Long> referrers = referrersOf(entityManager, toolId);
        if (referrers.isEmpty()) {
            return;
        }
        Query select = entityManager.createNativeQuery("SELECT id FROM assistants WHERE id IN ("
                + IntStream.rangeClosed(1, referrers.size()).mapToObj(i -> "?" + i).collect(Collectors.joining(", "))
                + ") ORDER BY id FOR UPDATE");
        for (int i = 0; i < referrers.size(); i++) {
            select.setParameter(i + 1, referrers.get(i));
        }
        select.getResultList();
    }

    /**
     * Takes {@code toolId} out of the {@code tool_ids} of every assistant that names it, under the
     * tool's lock (so the referrers read here are all there are), each such assistant changed with a new
     * {@code updatedAt}, its ETag; then its rows here go.
     */
    public static void detach(EntityManager entityManager, long toolId) {
        for (long assistantId : referrersOf(entityManager, toolId)) {
            AssistantEntity assistant = entityManager.find(AssistantEntity.class, assistantId,
                    LockModeType.PESSIMISTIC_WRITE);
            List<Long> toolIds = new ArrayList<>(StoredJson.readIds(assistant.getToolIds()));
            toolIds.remove(Long.valueOf(toolId));
            assistant.setToolIds(StoredJson.write(toolIds));
            assistant.setUpdatedAt(Timestamps.laterThan(assistant.getUpdatedAt()));
        }
        entityManager.flush();
        entityManager.createNativeQuery("DELETE FROM assistant_mid_call_tools WHERE mid_call_tool_id = ?1")
                .setParameter(1, toolId)
                .executeUpdate();
    }

    private static List<Long> referrersOf(EntityManager entityManager, long toolId) {
        List<?> ids = entityManager.createNativeQuery("SELECT assistant_id FROM assistant_mid_call_tools"
                        + " WHERE mid_call_tool_id = ?1 ORDER BY assistant_id")
                .setParameter(1, toolId)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** The ones of {@code ids} that exist and are the account's, each locked until the transaction ends. */
    private static Set<Long> lock(EntityManager entityManager, long accountId, List<Long> ids) {
        Query select = entityManager.createNativeQuery("SELECT id FROM mid_call_tools WHERE account_id = ?1 AND id IN ("
                + IntStream.rangeClosed(2, ids.size() + 1).mapToObj(i -> "?" + i).collect(Collectors.joining(", "))
                + ") ORDER BY id FOR UPDATE");
        select.setParameter(1, accountId);
        for (int i = 0; i < ids.size(); i++) {
            select.setParameter(i + 2, ids.get(i));
        }
        List<?> found = select.getResultList();
        return found.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
    }
}
