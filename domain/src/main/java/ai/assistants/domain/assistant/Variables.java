package ai.assistants.domain.assistant;

import java.util.Map;

/**
 * Prompt variables in the order they were sent; values are String, BigDecimal or Boolean.
 * {@code values} is {@code null} when the caller never sent any, and empty when sent empty.
 */
public record Variables(Map<String, Object> values) {
}
