package ai.assistants.adapters.persistence.json;

import ai.assistants.domain.assistant.tool.BuiltInTool;

import java.util.List;

/**
 * The type {@link ToolListJson} is registered for; see there why it is not BuiltInTool itself.
 * Public because JSON-B reads records through public accessors only.
 */
public record ToolList(List<BuiltInTool> values) {
}
