package ai.assistants.adapters.persistence.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "multimodal_models")
public class MultimodalModelEntity extends ModelEntity {
}
