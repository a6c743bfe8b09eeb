package ai.assistants.application.owned;

import ai.assistants.domain.owned.CategoryColor;

/** A folder or a label, with how many of its owner's assistants are in it (or carry it). */
public record CategoryView(long id, String name, CategoryColor color, long assistantsCount) {
}
