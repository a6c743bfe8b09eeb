package ai.assistants.domain.midcalltool;

import ai.assistants.domain.validation.constraint.Between;
import ai.assistants.domain.validation.constraint.CodePoints;
import ai.assistants.domain.validation.constraint.Distinct;
import ai.assistants.domain.validation.constraint.MidCallToolName;
import ai.assistants.domain.validation.constraint.WebUrl;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a mid-call tool is: an HTTP endpoint the assistant calls during a call, under a name the model
 * calls it by, with the parameters the model fills in. Every field rule is declared here; the rules
 * relating fields, and those needing stored facts, are the {@link MidCallToolFactory}'s.
 */
public record MidCallToolDefinition(
        @NotBlank @CodePoints(max = 64) @MidCallToolName String name,
        @NotBlank @CodePoints(max = 255) String description,
        @NotBlank @CodePoints(max = 2048) @WebUrl(placeholders = true) String endpoint,
        @NotNull HttpMethod method,
        @Between(min = "1", max = "30") Long timeout,
        @Size(max = MAX_HEADERS) @Distinct List<@NotNull @Valid ToolHeader> headers,
        @Size(max = MAX_PARAMETERS) @Distinct List<@NotNull @Valid ToolParameter> schema) {

    public static final long DEFAULT_TIMEOUT = 10;
    public static final int MAX_HEADERS = 20;
    public static final int MAX_PARAMETERS = 20;

    /** Lists may hold {@code null} where the reader could not read an item, so that later items keep their index. */
    public MidCallToolDefinition {
        headers = headers == null ? null : Collections.unmodifiableList(new ArrayList<>(headers));
        schema = schema == null ? null : Collections.unmodifiableList(new ArrayList<>(schema));
    }

    /** What is stored for what was not given: the default timeout, no headers, no parameters. */
    MidCallToolDefinition withDefaults() {
        return new MidCallToolDefinition(name, description, endpoint, method,
                timeout == null ? DEFAULT_TIMEOUT : timeout, headers == null ? List.of() : headers,
                schema == null ? List.of() : schema);
    }
}
