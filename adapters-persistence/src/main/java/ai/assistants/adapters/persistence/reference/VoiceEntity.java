package ai.assistants.adapters.persistence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "voices")
public class VoiceEntity extends ReferenceEntity {

    @Column(name = "language_id")
    private Long languageId;

    @Column(name = "gender")
    private String gender;

    @Column(name = "preview_url")
    private String previewUrl;

    @Column(name = "accent")
    private String accent;

    @Column(name = "age")
    private String age;

    @Column(name = "synthesizer_provider_id")
    private Long synthesizerProviderId;

    @Embedded
    private EngineModes modes;

    public Long getLanguageId() {
        return languageId;
    }

    public String getGender() {
        return gender;
    }

    public String getPreviewUrl() {
        return previewUrl;
    }

    public String getAccent() {
        return accent;
    }

    public String getAge() {
        return age;
    }

    public Long getSynthesizerProviderId() {
        return synthesizerProviderId;
    }

    public EngineModes getModes() {
        return modes;
    }
}
