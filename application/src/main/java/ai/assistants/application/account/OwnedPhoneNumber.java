package ai.assistants.application.account;

import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.reference.PhoneNumberType;

import java.time.Instant;

/** A number as provisioned for its account. */
public record OwnedPhoneNumber(long id, AccountId owner, String phoneNumber, String nickname, String countryCode,
                               PhoneNumberType type, boolean smsCapable, Instant createdAt) {
}
