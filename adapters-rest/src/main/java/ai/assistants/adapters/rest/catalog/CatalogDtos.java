package ai.assistants.adapters.rest.catalog;

import ai.assistants.adapters.rest.openapi.CodeSchemas;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The look-ups' list items, exactly the fields the contract names for each. */
public final class CatalogDtos {

    private CatalogDtos() {
    }

    @Schema(name = "Language")
    public record LanguageItem(long id, String name,
                               @JsonbProperty("iso_2") @Schema(name = "iso_2", examples = "en") String iso2) {
    }

    @Schema(name = "Voice")
    public record VoiceItem(long id, String name, long languageId, @Schema(nullable = true) String gender,
                            @Schema(nullable = true) String previewUrl, @Schema(nullable = true) String accent,
                            @Schema(nullable = true) String age, @Schema(nullable = true) Long synthesizerProviderId) {
    }

    /**
     * An item of the models look-up: which of the two the {@code type} asked for. Neither takes more
     * fields than its own, so that an item is exactly one of them.
     */
    @Schema(name = "Model", oneOf = {LlmModelItem.class, ModelItem.class})
    public sealed interface AnyModelItem permits LlmModelItem, ModelItem {
    }

    @Schema(name = "LlmModel", additionalProperties = Schema.False.class)
    public record LlmModelItem(long id, String name) implements AnyModelItem {
    }

    @Schema(name = "MultimodalModel", additionalProperties = Schema.False.class)
    public record ModelItem(long id, String name, String code) implements AnyModelItem {
    }

    @Schema(name = "Provider")
    public record ProviderItem(long id, String name, String code) {
    }

    @Schema(name = "PhoneNumber")
    public record PhoneNumberItem(long id, @Schema(examples = "+40722000111") String phoneNumber,
                                  @Schema(nullable = true, description = "null for a SIP number") String countryCode,
                                  @Schema(ref = CodeSchemas.PHONE_NUMBER_TYPE_LABEL) String typeLabel,
                                  boolean isAvailable) {
    }
}
