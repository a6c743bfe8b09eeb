package ai.assistants.application.catalog;

import ai.assistants.domain.reference.PhoneNumberType;

public record PhoneNumberView(long id, String phoneNumber, String countryCode, PhoneNumberType type,
                              boolean isAvailable) {
}
