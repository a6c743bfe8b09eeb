package ai.assistants.adapters.rest.midcalltool;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A tool as the API shows it: every field as stored, header values included (the caller's own). */
@Schema(name = "MidCallTool")
@JsonbPropertyOrder({"id", "name", "description", "endpoint", "method", "timeout", "headers", "schema", "createdAt",
        "updatedAt"})
public record MidCallToolItem(
        long id,
        @Schema(examples = "check_order_status") String name,
        String description,
        @Schema(examples = "https://api.example.com/orders/{order_number}") String endpoint,
        @Schema(enumeration = {"GET", "POST", "PUT", "PATCH", "DELETE"}) String method,
        @Schema(description = "Seconds") long timeout,
        List<Header> headers,
        List<Parameter> schema,
        @Schema(description = "ISO-8601 UTC") String createdAt,
        @Schema(description = "ISO-8601 UTC") String updatedAt) {

    @Schema(name = "MidCallToolHeader")
    @JsonbPropertyOrder({"name", "value"})
    public record Header(String name, String value) {
    }

    @Schema(name = "MidCallToolParameter")
    @JsonbPropertyOrder({"name", "type", "description"})
    public record Parameter(String name, @Schema(enumeration = {"string", "number", "boolean"}) String type,
                            String description) {
    }
}
