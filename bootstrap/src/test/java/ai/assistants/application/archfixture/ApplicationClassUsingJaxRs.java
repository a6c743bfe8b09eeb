package ai.assistants.application.archfixture;

import jakarta.ws.rs.core.Response;

/** Deliberately breaks the rules: a use case that speaks HTTP. */
public class ApplicationClassUsingJaxRs {

    public Response answer() {
        return Response.ok().build();
    }
}
