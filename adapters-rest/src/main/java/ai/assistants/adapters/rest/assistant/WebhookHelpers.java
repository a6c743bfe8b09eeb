package ai.assistants.adapters.rest.assistant;

import ai.assistants.adapters.rest.http.ApiException;
import ai.assistants.adapters.rest.json.JsonBodyParser;
import ai.assistants.adapters.rest.json.JsonRecordBinder;
import ai.assistants.domain.assistant.AssistantId;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.InvalidAssistantException;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Violation;
import ai.assistants.domain.validation.Violations;
import ai.assistants.adapters.rest.contract.FieldKeys;
import ai.assistants.adapters.rest.contract.WireFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.InputStream;
import java.util.List;

/**
 * The contract's webhook helpers: each is a partial update of one or two webhook fields, named by
 * its path, applied like a PUT so that every rule of the assistant runs on the result.
 */
@ApplicationScoped
public class WebhookHelpers {

    /** What a helper sets: the update's field that takes the URL, and whether it switches the main webhook on or off. */
    public enum Helper {
        ENABLE_WEBHOOK("webhookUrl", true, Boolean.TRUE, "Webhook enabled successfully"),
        DISABLE_WEBHOOK("webhookUrl", false, Boolean.FALSE, "Webhook disabled successfully"),
        ENABLE_INBOUND_WEBHOOK("inboundWebhookUrl", true, null, "Webhook enabled successfully"),
        DISABLE_INBOUND_WEBHOOK("inboundWebhookUrl", false, null, "Inbound webhook disabled successfully"),
        ENABLE_CONVERSATION_ENDED_WEBHOOK("conversationEndedWebhookUrl", true, null,
                "Conversation ended webhook enabled successfully"),
        DISABLE_CONVERSATION_ENDED_WEBHOOK("conversationEndedWebhookUrl", false, null,
                "Conversation ended webhook disabled successfully");

        /** The request's field, as {@code AssistantRequest} names it. */
        private final String urlField;
        private final boolean enables;
        private final Boolean webhookActive;
        private final String message;

        Helper(String urlField, boolean enables, Boolean webhookActive, String message) {
            this.urlField = urlField;
            this.enables = enables;
            this.webhookActive = webhookActive;
            this.message = message;
        }

        /** The partial update this helper makes: the URL set (or cleared), and the switch when it has one. */
        JsonObject update(String webhookUrl) {
            JsonObjectBuilder update = Json.createObjectBuilder();
            String key = FieldKeys.snakeCase(urlField);
            if (enables) {
                update.add(key, webhookUrl);
            } else {
                update.addNull(key);
            }
            if (webhookActive != null) {
                update.add("is_webhook_active", webhookActive);
            }
            return update.build();
        }
    }

    /** A helper's body; {@code webhook_url} is read by the enabling ones only. */
    public record Body(Long assistantId, String webhookUrl) {
    }

    @Schema(name = "WebhookEnablingRequest")
    public record EnablingBody(@Schema(name = "assistant_id", required = true) long assistantId,
                               @Schema(name = "webhook_url", required = true, maxLength = 2048,
                                       description = "http or https; not a local or private host") String webhookUrl) {
    }

    @Schema(name = "WebhookDisablingRequest")
    public record DisablingBody(@Schema(name = "assistant_id", required = true) long assistantId) {
    }

    @Schema(name = "WebhookHelperResponse")
    public record Done(String message, @Schema(maxItems = 0) List<Object> data) {
    }

    private static final FieldPath ASSISTANT_ID = FieldPath.of("assistantId");
    private static final FieldPath WEBHOOK_URL = FieldPath.of("webhookUrl");

    private final AssistantChanges changes;
    private final JsonBodyParser parser;
    private final JsonRecordBinder binder = new JsonRecordBinder();

    @Inject
    public WebhookHelpers(AssistantChanges changes, JsonBodyParser parser) {
        this.changes = changes;
        this.parser = parser;
    }

    /** For CDI's client proxy only. */
    protected WebhookHelpers() {
        this(null, null);
    }

    public Done run(Helper helper, InputStream requestBody) {
        Violations unreadable = new Violations();
        JsonObject json = parser.parseObject(requestBody);
        Body body = binder.bind(json, Body.class, unreadable);
        if (body.assistantId() == null && !unreadable.has(ASSISTANT_ID)) {
            unreadable.add(ASSISTANT_ID, Rule.REQUIRED);
        }
        if (helper.enables && (body.webhookUrl() == null || body.webhookUrl().isBlank()) && !unreadable.has(WEBHOOK_URL)) {
            unreadable.add(WEBHOOK_URL, Rule.REQUIRED);
        }
        if (!unreadable.isEmpty()) {
            throw new InvalidAssistantException(unreadable, null);
        }
        AssistantId id = body.assistantId() > 0 ? new AssistantId(body.assistantId()) : null;
        if (id == null) {
            throw ApiException.assistantNotFound();
        }
        try {
            changes.apply(id, helper.update(body.webhookUrl()), always -> true);
        } catch (InvalidAssistantException refused) {
            throw new InvalidAssistantException(keyedByTheBody(refused.violations(), helper), null);
        }
        return new Done(helper.message, List.of());
    }

    /** The update's violations of the URL, keyed as the helper's body names it: {@code webhook_url}. */
    private static Violations keyedByTheBody(Violations violations, Helper helper) {
        FieldPath urlField = WireFields.toDomain(FieldPath.of(helper.urlField));
        Violations rekeyed = new Violations();
        for (Violation violation : violations.all()) {
            FieldPath path = violation.path().startsWith(urlField)
                    ? WEBHOOK_URL.append(violation.path().after(urlField.segments().size())) : violation.path();
            rekeyed.add(new Violation(path, violation.rule(), violation.arguments()));
        }
        return rekeyed;
    }
}
