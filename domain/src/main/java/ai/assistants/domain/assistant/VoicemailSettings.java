package ai.assistants.domain.assistant;

public record VoicemailSettings(boolean endCallOnVoicemail, String voiceMailMessage) {
}
