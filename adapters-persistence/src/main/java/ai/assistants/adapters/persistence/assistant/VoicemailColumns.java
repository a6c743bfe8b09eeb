package ai.assistants.adapters.persistence.assistant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class VoicemailColumns {

    @Column(name = "end_call_on_voicemail")
    private Boolean endCallOnVoicemail;

    @Column(name = "voice_mail_message")
    private String voiceMailMessage;

    public Boolean getEndCallOnVoicemail() {
        return endCallOnVoicemail;
    }

    public void setEndCallOnVoicemail(Boolean endCallOnVoicemail) {
        this.endCallOnVoicemail = endCallOnVoicemail;
    }

    public String getVoiceMailMessage() {
        return voiceMailMessage;
    }

    public void setVoiceMailMessage(String voiceMailMessage) {
        this.voiceMailMessage = voiceMailMessage;
    }
}
