package ai.assistants.adapters.rest.account;

import ai.assistants.adapters.rest.openapi.CodeSchemas;
import ai.assistants.application.account.OwnedPhoneNumber;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What an account reads about itself; the phone number item is also what operators get back. */
public final class AccountDtos {

    private AccountDtos() {
    }

    @Schema(name = "Me")
    public record Me(String name, @Schema(nullable = true, description = "null for an account made before accounts had one")
                     String email,
                     @Schema(description = "Always false: this service bills nothing") boolean billingEnabled) {
    }

    @Schema(name = "OwnedPhoneNumber")
    public record PhoneNumberItem(
            long id,
            @Schema(examples = "+14155550101") String phoneNumber,
            @Schema(nullable = true) String nickname,
            @Schema(nullable = true, examples = "US", description = "null for a SIP number") String countryCode,
            @Schema(enumeration = {"normal", "sip", "caller_id"}) String type,
            @Schema(ref = CodeSchemas.PHONE_NUMBER_TYPE_LABEL) String typeLabel,
            boolean smsCapable,
            @Schema(nullable = true, description = "Always null: regions are not tracked") String region,
            @Schema(description = "Always true: numbers are provisioned by operators, not bought") boolean hasActiveSubscription,
            @Schema(description = "ISO-8601, UTC", examples = "2026-01-31T09:30:00Z") String createdAt) {

        public static PhoneNumberItem of(OwnedPhoneNumber number) {
            return new PhoneNumberItem(number.id(), number.phoneNumber(), number.nickname(), number.countryCode(),
                    number.type().code(), number.type().label(), number.smsCapable(), null, true,
                    number.createdAt().toString());
        }
    }

    @Schema(name = "OwnedPhoneNumbers")
    public record PhoneNumbers(List<PhoneNumberItem> data) {
    }
}
