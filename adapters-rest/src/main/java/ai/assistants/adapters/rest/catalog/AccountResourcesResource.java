package ai.assistants.adapters.rest.catalog;

import ai.assistants.adapters.rest.catalog.CatalogDtos.MidCallToolItem;
import ai.assistants.adapters.rest.http.ErrorBody;
import ai.assistants.adapters.rest.http.RequestContext;
import ai.assistants.adapters.rest.openapi.ApiModelReader;
import ai.assistants.application.port.in.BrowseAccountResourcesQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The caller's own mid-call tools; never another account's. */
@Path("/user")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account resources")
@SecurityRequirement(name = ApiModelReader.API_KEY)
@APIResponse(responseCode = "401", description = "Missing, malformed or unknown API key",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@ApplicationScoped
public class AccountResourcesResource {

    private final BrowseAccountResourcesQuery resources;
    private final CatalogResponseMapper items;
    private final RequestContext request;

    @Inject
    public AccountResourcesResource(BrowseAccountResourcesQuery resources, CatalogResponseMapper items,
                                    RequestContext request) {
        this.resources = resources;
        this.items = items;
        this.request = request;
    }

    /**
     * For CDI's client proxy, and public because JAX-RS insists on a public constructor before it
     * hands creation to CDI, which then builds the instance through the injecting constructor.
     */
    public AccountResourcesResource() {
        this(null, null, null);
    }

    @GET
    @Path("/tools")
    @Operation(operationId = "listMidCallTools", summary = "The caller's mid-call tools")
    @APIResponse(responseCode = "200", description = "The caller's mid-call tools",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = MidCallToolItem.class)))
    public List<MidCallToolItem> midCallTools() {
        return items.midCallTools(resources.midCallTools(request.caller()));
    }
}
