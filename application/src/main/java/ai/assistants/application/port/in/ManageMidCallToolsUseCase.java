package ai.assistants.application.port.in;

import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.midcalltool.MidCallTool;
import ai.assistants.domain.midcalltool.MidCallToolId;

import java.util.List;
import java.util.Optional;

/** The caller's mid-call tools: another account's are never seen, and look exactly like unknown ones. */
public interface ManageMidCallToolsUseCase {

    /** In ascending id order. */
    List<MidCallTool> list(AccountId caller);

    Optional<MidCallTool> get(AccountId caller, MidCallToolId id);

    /**
     * @throws ai.assistants.domain.validation.InvalidAssistantException with every violated rule
     * @throws MidCallToolLimitReachedException when the account already has as many tools as its plan allows
     */
    MidCallTool create(CreateMidCallToolCommand command);

    /**
     * @return empty when the caller has no such tool
     * @throws ai.assistants.domain.validation.InvalidAssistantException with every violated rule of the changed tool
     */
    Optional<MidCallTool> update(UpdateMidCallToolCommand command);

    /**
     * Deletes the tool and, in the same transaction, removes it from every assistant's {@code tool_ids}.
     *
     * @return whether the caller had such a tool
     */
    boolean delete(AccountId caller, MidCallToolId id);
}
