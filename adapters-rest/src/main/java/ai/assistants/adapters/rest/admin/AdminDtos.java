package ai.assistants.adapters.rest.admin;

import ai.assistants.adapters.rest.account.AccountDtos.PhoneNumberItem;
import ai.assistants.application.account.AccountView;
import ai.assistants.application.account.ApiKeyView;
import ai.assistants.application.account.IssuedApiKey;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What operators get back. Timestamps are ISO-8601 UTC, as everywhere in the API. */
public final class AdminDtos {

    static final String API_KEY_REVOKED = "API key revoked successfully";
    static final String PHONE_NUMBER_DELETED = "Phone number deleted successfully";
    static final String PHONE_NUMBER_IN_USE = "The phone number is used by assistants.";

    private AdminDtos() {
    }

    @Schema(name = "Account")
    public record AccountItem(long id, String name,
                              @Schema(nullable = true, description = "null for an account made before accounts had one")
                              String email,
                              long midCallToolLimit,
                              @Schema(description = "ISO-8601, UTC", examples = "2026-01-31T09:30:00Z") String createdAt) {

        static AccountItem of(AccountView account) {
            return new AccountItem(account.id().value(), account.name(), account.email(), account.midCallToolLimit(),
                    account.createdAt().toString());
        }
    }

    @Schema(name = "ApiKey", description = "A stored key: never the key itself")
    public record ApiKeyItem(long id, @Schema(nullable = true) String label,
                             @Schema(nullable = true, examples = "x9Qa", description = "null for a key issued before keys kept it")
                             String lastFour,
                             String createdAt) {

        static ApiKeyItem of(ApiKeyView key) {
            return new ApiKeyItem(key.id(), key.label(), key.lastFour(), key.createdAt().toString());
        }
    }

    @Schema(name = "IssuedApiKey", description = "A new key: the only answer that shows it")
    public record IssuedApiKeyItem(long id, @Schema(nullable = true) String label,
                                   @Schema(description = "The key, for `Authorization: Bearer`; never shown again") String key,
                                   String lastFour, String createdAt) {

        static IssuedApiKeyItem of(IssuedApiKey issued) {
            ApiKeyView stored = issued.stored();
            return new IssuedApiKeyItem(stored.id(), stored.label(), issued.key(), stored.lastFour(),
                    stored.createdAt().toString());
        }
    }

    /*
     * {"data": ...}, the envelope of every operator answer that carries a resource: one record per
     * resource, so that the OpenAPI document names the envelope the answer really has.
     */

    @Schema(name = "AccountResponse")
    public record AccountData(AccountItem data) {
    }

    @Schema(name = "IssuedApiKeyResponse")
    public record IssuedApiKeyData(IssuedApiKeyItem data) {
    }

    @Schema(name = "ApiKeyList")
    public record ApiKeysData(List<ApiKeyItem> data) {
    }

    @Schema(name = "OwnedPhoneNumberResponse")
    public record PhoneNumberData(PhoneNumberItem data) {
    }

    @Schema(name = "AdminMessage")
    public record Message(String message) {
    }

    @Schema(name = "PhoneNumberInUse", description = "The body of a 409 answer to a delete: assistants use the number.")
    public record PhoneNumberInUse(@Schema(required = true, examples = PHONE_NUMBER_IN_USE) String message,
                                   @Schema(required = true, description = "The assistants that use it, ascending")
                                   List<Long> assistantIds) {
    }
}
