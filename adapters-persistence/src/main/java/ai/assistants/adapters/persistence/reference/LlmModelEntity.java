package ai.assistants.adapters.persistence.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "llm_models")
public class LlmModelEntity extends ModelEntity {
}
