package ai.assistants.application.account;

/** A key just made: the one moment its raw value exists outside the caller's hands. */
public record IssuedApiKey(ApiKeyView stored, String key) {
}
