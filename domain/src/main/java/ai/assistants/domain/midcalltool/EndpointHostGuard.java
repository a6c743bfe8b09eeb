package ai.assistants.domain.midcalltool;

import ai.assistants.domain.assistant.PrivateHosts;
import ai.assistants.domain.assistant.Report;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.constraint.Text;
import ai.assistants.domain.validation.constraint.WebUrls;

/**
 * The webhook URLs' server-side request forgery guard, for the endpoint: the service calls it during a
 * call, so by default its host may not name this machine or its private network. Placeholders cannot
 * stand in the host ({@link WebUrls#withoutPlaceholders}), so what the model fills in never moves the call.
 */
final class EndpointHostGuard implements ToolPolicy {

    private final boolean allowPrivateHosts;

    EndpointHostGuard(boolean allowPrivateHosts) {
        this.allowPrivateHosts = allowPrivateHosts;
    }

    @Override
    public void check(MidCallToolDefinition tool, Report report) {
        String endpoint = MidCallToolFields.ENDPOINT.of(tool);
        if (allowPrivateHosts || Text.isMissing(endpoint) || report.has(MidCallToolFields.ENDPOINT.path())) {
            return;
        }
        boolean refused = WebUrls.parse(WebUrls.withoutPlaceholders(endpoint))
                .map(uri -> PrivateHosts.isPrivate(uri.getHost())).orElse(false);
        if (refused) {
            report.add(MidCallToolFields.ENDPOINT.path(), Rule.URL);
        }
    }
}
