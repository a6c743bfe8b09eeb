package ai.assistants.application.port.in;

import ai.assistants.application.paging.Page;
import ai.assistants.application.paging.PageRequest;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantType;

import java.util.List;

/** The caller's own assistants, always ordered by id; another account's never appear. */
public interface ListAssistantsQuery {

    /** One page of them, and how many there are in all. */
    Page<Assistant> page(AccountId caller, PageRequest request);

    /** All of them. */
    List<Assistant> all(AccountId caller);

    /** All of them that are of {@code type}. */
    List<Assistant> allOfType(AccountId caller, AssistantType type);
}
