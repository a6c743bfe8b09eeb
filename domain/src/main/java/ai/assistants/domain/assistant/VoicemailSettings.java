package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.constraint.CodePoints;

public record VoicemailSettings(Boolean endCallOnVoicemail, @CodePoints(max = 1000) String voiceMailMessage) {

    public static final VoicemailSettings DEFAULTS = new VoicemailSettings(true, null);
    static final VoicemailSettings NONE = new VoicemailSettings(null, null);

    VoicemailSettings withDefaults() {
        return new VoicemailSettings(Absent.or(endCallOnVoicemail, DEFAULTS.endCallOnVoicemail), Absent.text(voiceMailMessage));
    }
}
