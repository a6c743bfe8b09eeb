package ai.assistants.adapters.rest.account;

import ai.assistants.adapters.rest.account.AccountDtos.Me;
import ai.assistants.adapters.rest.account.AccountDtos.PhoneNumberItem;
import ai.assistants.adapters.rest.account.AccountDtos.PhoneNumbers;
import ai.assistants.adapters.rest.http.ErrorBody;
import ai.assistants.adapters.rest.http.RequestContext;
import ai.assistants.adapters.rest.openapi.ApiModelReader;
import ai.assistants.application.account.AccountView;
import ai.assistants.application.port.in.AccountProfileQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own account: who it is (clients test their credentials with it) and its numbers. */
@Path("/user")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@SecurityRequirement(name = ApiModelReader.API_KEY)
@APIResponse(responseCode = "401", description = "Missing, malformed or unknown API key",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@ApplicationScoped
public class AccountProfileResource {

    private final AccountProfileQuery profile;
    private final RequestContext request;

    @Inject
    public AccountProfileResource(AccountProfileQuery profile, RequestContext request) {
        this.profile = profile;
        this.request = request;
    }

    /**
     * For CDI's client proxy, and public because JAX-RS insists on a public constructor before it
     * hands creation to CDI, which then builds the instance through the injecting constructor.
     */
    public AccountProfileResource() {
        this(null, null);
    }

    @GET
    @Path("/me")
    @Operation(operationId = "getMe", summary = "The caller's account")
    @APIResponse(responseCode = "200", description = "The caller's account",
            content = @Content(schema = @Schema(implementation = Me.class)))
    public Me me() {
        AccountView account = profile.me(request.caller());
        return new Me(account.name(), account.email(), false);
    }

    @GET
    @Path("/phone-numbers/all")
    @Operation(operationId = "listAllPhoneNumbers", summary = "Every number of the caller's, by id")
    @APIResponse(responseCode = "200", description = "Every number of the caller's",
            content = @Content(schema = @Schema(implementation = PhoneNumbers.class)))
    public PhoneNumbers phoneNumbers() {
        return new PhoneNumbers(profile.phoneNumbers(request.caller()).stream().map(PhoneNumberItem::of).toList());
    }
}
