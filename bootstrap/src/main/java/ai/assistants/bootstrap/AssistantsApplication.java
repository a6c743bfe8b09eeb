package ai.assistants.bootstrap;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Every resource and provider in the WAR is served under {@code /api}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Voice assistants API", version = "1",
                description = "Create AI voice assistants (pipeline, multimodal or dualplex engines) and look up what they can use."),
        security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key of your account: `Authorization: Bearer <api key>`.")
public class AssistantsApplication extends Application {
}
