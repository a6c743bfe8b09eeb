package ai.assistants.domain.reference;

/**
 * What an account owns that an assistant names by a single id or a list of ids and that the account
 * may delete while assistants name it: the delete takes the reference out of every assistant.
 */
public enum OwnedKind {
    MID_CALL_TOOL,
    KNOWLEDGEBASE,
    FOLDER,
    LABEL
}
