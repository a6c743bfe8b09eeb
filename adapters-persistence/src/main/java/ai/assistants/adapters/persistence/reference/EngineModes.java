package ai.assistants.adapters.persistence.reference;

import ai.assistants.domain.engine.EngineMode;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.EnumSet;
import java.util.Set;

/** The engine modes a voice or model supports, one flag column per mode. */
@Embeddable
public class EngineModes {

    @Column(name = "supports_pipeline")
    private boolean pipeline;

    @Column(name = "supports_multimodal")
    private boolean multimodal;

    @Column(name = "supports_dualplex")
    private boolean dualplex;

    /**
     * The SQL condition "supports {@code mode}". Native SQL because EclipseLink's H2 platform binds a
     * JPQL boolean as the integer 1, which H2 2.x refuses to compare with a BOOLEAN column.
     */
    static String supportsCondition(EngineMode mode) {
        return "supports_" + mode.code() + " = TRUE";
    }

    public Set<EngineMode> asSet() {
        Set<EngineMode> modes = EnumSet.noneOf(EngineMode.class);
        if (pipeline) {
            modes.add(EngineMode.PIPELINE);
        }
        if (multimodal) {
            modes.add(EngineMode.MULTIMODAL);
        }
        if (dualplex) {
            modes.add(EngineMode.DUALPLEX);
        }
        return modes;
    }
}
