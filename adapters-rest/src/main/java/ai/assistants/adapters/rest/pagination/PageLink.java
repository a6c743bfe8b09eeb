package ai.assistants.adapters.rest.pagination;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of a paginator's links, keys in the order Laravel writes them. */
@Schema(name = "PageLink", description = "`url` is null for a gap (`...`) and past either end.")
@JsonbPropertyOrder({"url", "label", "active"})
public record PageLink(
        @Schema(nullable = true, examples = "http://localhost:9080/api/user/assistants/get?page=2") String url,
        @Schema(examples = "2", description = "`&laquo; Previous`, a page number, `...` or `Next &raquo;`") String label,
        @Schema(description = "Whether this is the current page") boolean active) {
}
