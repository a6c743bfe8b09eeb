package ai.assistants.adapters.persistence.reference;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.Set;

@Entity
@Table(name = "synthesizer_providers")
public class SynthesizerProviderEntity extends SpeechProviderEntity {

    @ElementCollection
    @CollectionTable(name = "synthesizer_provider_languages", joinColumns = @JoinColumn(name = "provider_id"))
    @Column(name = "language_id")
    private Set<Long> languageIds;
}
