package ai.assistants.domain.assistant;

import java.util.Map;

/** Prompt variables in the order they were sent; values are String, BigDecimal or Boolean. */
public record Variables(Map<String, Object> values) {
}
