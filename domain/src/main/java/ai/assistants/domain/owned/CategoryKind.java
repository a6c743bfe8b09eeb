package ai.assistants.domain.owned;

/**
 * The two ways an account groups its assistants, alike in every rule: an assistant is in at most one
 * folder ({@code folder_id}) and carries any number of labels ({@code label_ids}).
 */
public enum CategoryKind {
    FOLDER,
    LABEL
}
