package ai.assistants.domain.assistant;

import java.util.List;

/** Custom filler phrases per category; absent means the language defaults. */
public record FillerConfig(List<String> positive, List<String> negative, List<String> question, List<String> neutral) {
}
