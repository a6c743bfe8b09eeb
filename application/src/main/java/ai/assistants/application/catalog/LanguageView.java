package ai.assistants.application.catalog;

public record LanguageView(long id, String name, String iso2) {
}
