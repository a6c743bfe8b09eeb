package ai.assistants.domain.reference;

/** A model id means something only together with its kind: an LLM and a multimodal model may share an id. */
public enum ModelKind {
    LLM, MULTIMODAL
}
