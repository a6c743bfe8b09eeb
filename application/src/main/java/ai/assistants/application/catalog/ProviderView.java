package ai.assistants.application.catalog;

public record ProviderView(long id, String name, String code) {
}
