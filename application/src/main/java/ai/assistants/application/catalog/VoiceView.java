package ai.assistants.application.catalog;

public record VoiceView(long id, String name, long languageId, String gender, String previewUrl, String accent,
                        String age, Long synthesizerProviderId) {
}
