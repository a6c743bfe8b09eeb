package ai.assistants.domain.assistant;

import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.CalendarIntegrationTool;
import ai.assistants.domain.reference.ReferenceFacts;
import ai.assistants.domain.validation.ContractKeys;
import ai.assistants.domain.validation.Messages;
import ai.assistants.domain.validation.constraint.Text;
import ai.assistants.domain.validation.constraint.WebUrls;

import java.util.List;

/**
 * A server-side request forgery guard: the service itself calls these URLs, so by default their
 * host may not name this machine or its private network. Only literals are judged; names are not
 * resolved, as a name's address may change between this check and the call.
 */
final class WebhookHostGuard implements DraftPolicy {

    private final boolean allowPrivateHosts;

    WebhookHostGuard(boolean allowPrivateHosts) {
        this.allowPrivateHosts = allowPrivateHosts;
    }

    @Override
    public void check(AssistantDraft draft, ReferenceFacts facts, Report report) {
        if (allowPrivateHosts) {
            return;
        }
        checkUrl(draft.webhookUrl(), "webhook_url", report);
        checkUrl(draft.conversationEndedWebhookUrl(), "conversation_ended_webhook_url", report);
        List<BuiltInTool> tools = draft.tools();
        if (tools != null && !report.has("tools")) {
            for (int index = 0; index < tools.size(); index++) {
                if (tools.get(index) instanceof CalendarIntegrationTool calendar) {
                    String key = ContractKeys.child(ContractKeys.child("tools", index), "calcom_custom_endpoint");
                    checkUrl(calendar.calcomCustomEndpoint(), key, report);
                }
            }
        }
    }

    private static void checkUrl(String url, String key, Report report) {
        if (Text.isMissing(url) || report.has(key)) {
            return;
        }
        boolean refused = WebUrls.parse(url).map(uri -> PrivateHosts.isPrivate(uri.getHost())).orElse(false);
        if (refused) {
            report.add(key, Messages.url(key));
        }
    }
}
