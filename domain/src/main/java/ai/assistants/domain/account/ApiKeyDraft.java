package ai.assistants.domain.account;

import ai.assistants.domain.validation.constraint.CodePoints;

/** A key as an operator asks for it: only a label to tell it from the account's others. */
public record ApiKeyDraft(@CodePoints(max = 255) String label) {
}
