package ai.assistants.application.account;

import ai.assistants.domain.assistant.AccountId;

import java.time.Instant;

/** A provisioned account as operators and the account itself see it. */
public record AccountView(AccountId id, String name, String email, long midCallToolLimit, Instant createdAt) {
}
