package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.constraint.ItemList;

import java.util.List;

/** Custom filler phrases per category; absent means the language defaults. */
public record FillerConfig(
        @ItemList(max = 20, minItemLength = 1, maxItemLength = 50) List<String> positive,
        @ItemList(max = 20, minItemLength = 1, maxItemLength = 50) List<String> negative,
        @ItemList(max = 20, minItemLength = 1, maxItemLength = 50) List<String> question,
        @ItemList(max = 20, minItemLength = 1, maxItemLength = 50) List<String> neutral) {
}
