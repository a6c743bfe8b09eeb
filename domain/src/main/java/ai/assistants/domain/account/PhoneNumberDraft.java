package ai.assistants.domain.account;

import ai.assistants.domain.reference.PhoneNumberType;
import ai.assistants.domain.validation.constraint.CodePoints;
import ai.assistants.domain.validation.constraint.PhoneNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A number an operator gives an account. Every type is an E.164 number, SIP included: the number a
 * SIP trunk answers. The country is the ISO 3166-1 alpha-2 code, in capitals as the look-ups show it.
 */
public record PhoneNumberDraft(
        @NotBlank @PhoneNumber String phoneNumber,
        @NotNull PhoneNumberType type,
        @NotBlank @Pattern(regexp = "[A-Z]{2}") String countryCode,
        @CodePoints(max = 255) String nickname,
        Boolean smsCapable) {

    public boolean smsCapableOrDefault() {
        return Boolean.TRUE.equals(smsCapable);
    }
}
