package ai.assistants.adapters.rest.catalog;

import ai.assistants.adapters.rest.catalog.CatalogDtos.KnowledgebaseItem;
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

/** The caller's own knowledge bases; never another account's. */
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
    @Path("/knowledgebases")
    @Operation(operationId = "listKnowledgebases", summary = "The caller's knowledge bases")
    @APIResponse(responseCode = "200", description = "The caller's knowledge bases",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = KnowledgebaseItem.class)))
    public List<KnowledgebaseItem> knowledgebases() {
        return items.knowledgebases(resources.knowledgebases(request.caller()));
    }
}
