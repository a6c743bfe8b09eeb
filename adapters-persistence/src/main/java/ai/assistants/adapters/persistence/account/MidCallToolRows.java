package ai.assistants.adapters.persistence.account;

import ai.assistants.adapters.persistence.codes.StoredCode;
import ai.assistants.adapters.persistence.json.StoredJson;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.midcalltool.HttpMethod;
import ai.assistants.domain.midcalltool.MidCallTool;
import ai.assistants.domain.midcalltool.MidCallToolDefinition;
import ai.assistants.domain.midcalltool.MidCallToolId;
import ai.assistants.domain.midcalltool.ToolHeader;
import ai.assistants.domain.midcalltool.ToolParameter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** A tool and its row: the columns by hand (seven of them), the lists as JSON written by JSON-B. */
final class MidCallToolRows {

    private MidCallToolRows() {
    }

    static void write(MidCallTool tool, MidCallToolEntity row) {
        MidCallToolDefinition definition = tool.definition();
        row.setAccountId(tool.owner().value());
        row.setName(definition.name());
        row.setDescription(definition.description());
        row.setEndpoint(definition.endpoint());
        row.setMethod(StoredCode.of(definition.method()));
        row.setTimeout(Math.toIntExact(definition.timeout()));
        row.setHeaders(StoredJson.write(definition.headers()));
        row.setParameters(StoredJson.write(definition.schema()));
    }

    static MidCallTool read(MidCallToolEntity row) {
        MidCallToolDefinition definition = new MidCallToolDefinition(row.getName(), row.getDescription(),
                row.getEndpoint(), StoredCode.parse(HttpMethod.class, row.getMethod()), row.getTimeout().longValue(),
                list(StoredJson.read(row.getHeaders(), ToolHeader[].class)),
                list(StoredJson.read(row.getParameters(), ToolParameter[].class)));
        return MidCallTool.reconstitute(new MidCallToolId(row.getId()), new AccountId(row.getAccountId()), definition,
                row.getCreatedAt().toInstant(), row.getUpdatedAt().toInstant());
    }

    static OffsetDateTime column(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A list never stored (a tool written before headers and parameters existed) reads as none. */
    private static <T> List<T> list(T[] stored) {
        return stored == null ? List.of() : List.of(stored);
    }
}
