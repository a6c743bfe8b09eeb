package ai.assistants.application.service;

import ai.assistants.application.port.in.AssistantChangedException;
import ai.assistants.application.port.in.UpdateAssistantCommand;
import ai.assistants.application.port.in.UpdateAssistantUseCase;
import ai.assistants.application.port.out.AccountResources;
import ai.assistants.application.port.out.AssistantRepository;
import ai.assistants.application.port.out.PhoneNumberAlreadyAssignedException;
import ai.assistants.application.port.out.ReferenceData;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantChange;
import ai.assistants.domain.assistant.AssistantFactory;
import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.reference.ReferenceFacts;

import java.util.Optional;

/**
 * A partial update, applied to the assistant as stored at the moment it is changed: the repository
 * locks it, so concurrent updates apply one after the other, each to the other's result, and never
 * interleave field by field. The facts are looked up under that lock too.
 */
public final class UpdateAssistantService implements UpdateAssistantUseCase {

    private final AssistantFactory factory;
    private final AssistantRepository repository;
    private final ReferenceLookup referenceLookup;

    public UpdateAssistantService(AssistantFactory factory, AssistantRepository repository,
                                  ReferenceData referenceData, AccountResources accountResources) {
        this.factory = factory;
        this.repository = repository;
        this.referenceLookup = new ReferenceLookup(referenceData, accountResources);
    }

    @Override
    public Optional<Assistant> update(UpdateAssistantCommand command) {
        try {
            return repository.change(command.caller(), command.id(), stored -> change(stored, command));
        } catch (PhoneNumberAlreadyAssignedException raceLost) {
            throw StorageRaces.phoneNumberTaken(raceLost);
        }
    }

    private Assistant change(Assistant stored, UpdateAssistantCommand command) {
        if (!command.precondition().test(stored)) {
            throw new AssistantChangedException();
        }
        if (command.sent().isEmpty() && command.unreadable().isEmpty()) {
            return stored;
        }
        AssistantProfile requested = ProfileOverlay.apply(stored.profile(), command.proposal(), command.sent());
        ReferenceFacts facts = referenceLookup.factsFor(command.caller(), factory.referencedIds(requested));
        return factory.change(stored, new AssistantChange(requested, command.sent(), command.status()), facts,
                command.unreadable());
    }
}
