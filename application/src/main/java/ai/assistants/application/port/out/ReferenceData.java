package ai.assistants.application.port.out;

import ai.assistants.domain.reference.ModelFacts;
import ai.assistants.domain.reference.ModelKind;
import ai.assistants.domain.reference.ProviderFacts;
import ai.assistants.domain.reference.VoiceFacts;

import java.util.Map;
import java.util.Set;

/**
 * Platform-wide reference data by id, as the create path needs it (its listings are the
 * {@link ReferenceCatalog}). Every look-up takes a set of ids and answers in one call:
 * ids that do not exist are simply absent from the answer. Storage provides the tables whole
 * ({@link ReferenceTables}); the answers come from memory ({@link ReferenceSnapshot}).
 */
public interface ReferenceData {

    Map<Long, VoiceFacts> voices(Set<Long> ids);

    Set<Long> existingLanguages(Set<Long> ids);

    Map<Long, ModelFacts> models(ModelKind kind, Set<Long> ids);

    Map<Long, ProviderFacts> synthesizerProviders(Set<Long> ids);

    Map<Long, ProviderFacts> transcriberProviders(Set<Long> ids);

    /** The providers a language uses when the caller names none. */
    DefaultProviders defaultProviders(long languageId);

    /** Either may be {@code null} when the language has no default of that kind. */
    record DefaultProviders(Long synthesizerProviderId, Long transcriberProviderId) {

        /** What a language without defaults, or no language at all, has. */
        public static final DefaultProviders NONE = new DefaultProviders(null, null);
    }
}
