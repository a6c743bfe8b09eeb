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
    public record VoiceItem(long id, String name, long languageId, String gender, String previewUrl, String accent,
                            String age, Long synthesizerProviderId) {
    }

    @Schema(name = "LlmModel")
    public record LlmModelItem(long id, String name) {
    }

    @Schema(name = "MultimodalModel")
    public record ModelItem(long id, String name, String code) {
    }

    @Schema(name = "Provider")
    public record ProviderItem(long id, String name, String code) {
    }

    @Schema(name = "PhoneNumber")
    public record PhoneNumberItem(long id, @Schema(examples = "+40722000111") String phoneNumber, String countryCode,
                                  @Schema(ref = CodeSchemas.PHONE_NUMBER_TYPE_LABEL) String typeLabel,
                                  boolean isAvailable) {
    }
}
