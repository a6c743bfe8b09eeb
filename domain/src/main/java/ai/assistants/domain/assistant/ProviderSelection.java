package ai.assistants.domain.assistant;

/** Speech providers, chosen by the caller or from the language; no transcriber outside pipeline mode. */
public record ProviderSelection(Long synthesizerProviderId, Long transcriberProviderId) {

    static final ProviderSelection NONE = new ProviderSelection(null, null);
}
