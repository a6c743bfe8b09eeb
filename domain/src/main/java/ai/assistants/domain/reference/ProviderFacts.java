package ai.assistants.domain.reference;

import java.util.Set;

/** A synthesizer or transcriber provider and the languages it supports. */
public record ProviderFacts(long id, Set<Long> languageIds) {
}
