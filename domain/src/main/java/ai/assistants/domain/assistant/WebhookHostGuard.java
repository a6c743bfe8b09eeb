package ai.assistants.domain.assistant;

import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.CalendarIntegrationTool;
import ai.assistants.domain.reference.ReferenceFacts;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.constraint.Text;
import ai.assistants.domain.validation.constraint.WebUrls;

import java.util.List;

import static ai.assistants.domain.assistant.ProfileFields.*;

/**
 * A server-side request forgery guard: the service itself calls these URLs, so by default their
 * host may not name this machine or its private network. Only literals are judged; names are not
 * resolved, as a name's address may change between this check and the call.
 */
final class WebhookHostGuard implements ProposalPolicy {

    private final boolean allowPrivateHosts;

    WebhookHostGuard(boolean allowPrivateHosts) {
        this.allowPrivateHosts = allowPrivateHosts;
    }

    @Override
    public void check(AssistantProfile proposal, ReferenceFacts facts, Report report) {
        if (allowPrivateHosts) {
            return;
        }
        checkUrl(WEBHOOK_URL.of(proposal), WEBHOOK_URL.path(), report);
        checkUrl(CONVERSATION_ENDED_WEBHOOK_URL.of(proposal), CONVERSATION_ENDED_WEBHOOK_URL.path(), report);
        checkUrl(INBOUND_WEBHOOK_URL.of(proposal), INBOUND_WEBHOOK_URL.path(), report);
        List<BuiltInTool> tools = TOOLS.of(proposal);
        if (tools != null && !report.has(TOOLS.path())) {
            for (int index = 0; index < tools.size(); index++) {
                if (tools.get(index) instanceof CalendarIntegrationTool calendar) {
                    checkUrl(CALCOM_CUSTOM_ENDPOINT.of(calendar),
                            CALCOM_CUSTOM_ENDPOINT.pathIn(TOOLS.path().index(index)), report);
                }
            }
        }
    }

    private static void checkUrl(String url, FieldPath path, Report report) {
        if (Text.isMissing(url) || report.has(path)) {
            return;
        }
        boolean refused = WebUrls.parse(url).map(uri -> PrivateHosts.isPrivate(uri.getHost())).orElse(false);
        if (refused) {
            report.add(path, Rule.URL);
        }
    }
}
