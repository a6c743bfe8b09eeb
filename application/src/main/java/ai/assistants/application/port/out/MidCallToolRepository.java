package ai.assistants.application.port.out;

import ai.assistants.application.port.in.MidCallToolLimitReachedException;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.midcalltool.MidCallTool;
import ai.assistants.domain.midcalltool.MidCallToolId;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The accounts' mid-call tools; every look-up names the owner, so another account's tool is never found. */
public interface MidCallToolRepository {

    /** The owner's tools in ascending id order. */
    List<MidCallTool> findAllOwned(AccountId owner);

    Optional<MidCallTool> findOwned(AccountId owner, MidCallToolId id);

    /** Whether one of the owner's tools other than {@code except} is named {@code name}. */
    boolean nameTaken(AccountId owner, String name, Optional<MidCallToolId> except);

    /**
     * Stores a new tool, unless the owner already has as many as the account's limit allows: counted under
     * a lock on the account, so this holds under concurrent creates on every instance.
     *
     * @throws MidCallToolLimitReachedException when the owner is at its limit
     * @throws MidCallToolNameTakenException    when another of the owner's tools has the name
     */
    MidCallTool saveNew(MidCallTool tool);

    /**
     * Changes one of the owner's tools in one transaction: {@code change} gets the stored tool, locked, and
     * what it returns is written with a new {@code updatedAt}; nothing is written when it returns the tool
     * it was given, or throws.
     *
     * @throws MidCallToolNameTakenException when another of the owner's tools has the new name
     */
    Optional<MidCallTool> change(AccountId owner, MidCallToolId id, UnaryOperator<MidCallTool> change);

    /**
     * Deletes the owner's tool and, in the same transaction, takes its id out of every assistant's
     * {@code tool_ids}. An assistant write naming the tool at the same time either waits and is refused
     * ({@link OwnedReferenceMissingException}) or is seen here and detached.
     *
     * @return whether the owner had such a tool
     */
    boolean delete(AccountId owner, MidCallToolId id);
}
