package ai.assistants.adapters.rest.midcalltool;

import ai.assistants.domain.code.ContractCode;
import ai.assistants.domain.midcalltool.MidCallTool;
import ai.assistants.domain.midcalltool.MidCallToolDefinition;
import ai.assistants.domain.midcalltool.MidCallToolId;

import java.time.Instant;
import java.util.List;

/** From the domain's tool to the item the contract shows; codes as the contract writes them. */
final class MidCallToolResponses {

    private MidCallToolResponses() {
    }

    static MidCallToolItem item(MidCallTool tool) {
        MidCallToolDefinition definition = tool.definition();
        return new MidCallToolItem(tool.id().map(MidCallToolId::value).orElseThrow(), definition.name(),
                definition.description(), definition.endpoint(), code(definition.method()), definition.timeout(),
                definition.headers().stream().map(h -> new MidCallToolItem.Header(h.name(), h.value())).toList(),
                definition.schema().stream()
                        .map(p -> new MidCallToolItem.Parameter(p.name(), code(p.type()), p.description())).toList(),
                iso(tool.createdAt().orElseThrow()), iso(tool.updatedAt().orElseThrow()));
    }

    static List<MidCallToolItem> items(List<MidCallTool> tools) {
        return tools.stream().map(MidCallToolResponses::item).toList();
    }

    private static String code(ContractCode value) {
        return value == null ? null : value.code();
    }

    private static String iso(Instant instant) {
        return instant.toString();
    }
}
