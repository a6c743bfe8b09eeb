package ai.assistants.adapters.rest.assistant;

import ai.assistants.adapters.rest.contract.AssistantRequest;
import ai.assistants.adapters.rest.contract.WireFields;
import ai.assistants.adapters.rest.http.ApiException;
import ai.assistants.adapters.rest.http.RequestContext;
import ai.assistants.adapters.rest.json.JsonRecordBinder;
import ai.assistants.application.port.in.AssistantChangedException;
import ai.assistants.application.port.in.UpdateAssistantCommand;
import ai.assistants.application.port.in.UpdateAssistantUseCase;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantFactory;
import ai.assistants.domain.assistant.AssistantId;
import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.assistant.AssistantStatus;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A partial update's body, as the update use case takes it: the fields named (so absent, {@code null}
 * and a value stay apart), their values in the profile's shape, and the status. PUT and the webhook
 * helpers both change an assistant this way.
 */
@ApplicationScoped
public class AssistantChanges {

    private final UpdateAssistantUseCase updateAssistant;
    private final RequestContext request;
    private final JsonRecordBinder binder = new JsonRecordBinder();

    @Inject
    public AssistantChanges(UpdateAssistantUseCase updateAssistant, RequestContext request) {
        this.updateAssistant = updateAssistant;
        this.request = request;
    }

    /** For CDI's client proxy only. */
    protected AssistantChanges() {
        this(null, null);
    }

    /**
     * Applies {@code json} to the caller's assistant {@code id}.
     *
     * @throws ApiException 404 when the caller has no such assistant, 412 when {@code precondition} fails
     */
    public Assistant apply(AssistantId id, JsonObject json, Predicate<Assistant> precondition) {
        Violations unreadable = new Violations();
        JsonObject profileFields = json;
        Set<FieldPath> sent = new HashSet<>();
        AssistantStatus status = null;
        if (json.containsKey(StatusChange.KEY)) {
            profileFields = Json.createObjectBuilder(json).remove(StatusChange.KEY).build();
            JsonObject statusOnly = Json.createObjectBuilder().add(StatusChange.KEY, json.get(StatusChange.KEY)).build();
            status = binder.bind(statusOnly, StatusChange.class, unreadable).status();
            sent.add(AssistantFactory.STATUS);
        }
        AssistantRequest values = binder.bind(profileFields, AssistantRequest.class, unreadable);
        sent.addAll(WireFields.sent(profileFields.keySet()));
        try {
            AssistantProfile proposal = AssistantRequestMapper.INSTANCE.toProposal(values);
            return updateAssistant.update(new UpdateAssistantCommand(request.caller(), id,
                            stored -> SecretMask.keepingStoredSecrets(proposal, stored.profile()), sent, status,
                            WireFields.toDomain(unreadable), precondition))
                    .orElseThrow(ApiException::assistantNotFound);
        } catch (AssistantChangedException stale) {
            throw ApiException.assistantChanged();
        }
    }
}
