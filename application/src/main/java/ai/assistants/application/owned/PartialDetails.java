package ai.assistants.application.owned;

import java.util.Set;

/**
 * What a partial update sends of a resource's details: the values read from the request, and the
 * names of the fields it named ({@code null} included). A field it did not name keeps its value.
 *
 * @param sent the record components the request named, by their Java names
 */
public record PartialDetails<T extends Record>(T values, Set<String> sent) {

    public PartialDetails {
        sent = Set.copyOf(sent);
    }

    public boolean isSent(String component) {
        return sent.contains(component);
    }
}
