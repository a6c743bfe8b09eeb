package ai.assistants.application.catalog;

/** {@code code} is {@code null} for LLMs, whose listing has no code. */
public record ModelView(long id, String name, String code) {
}
