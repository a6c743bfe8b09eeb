package ai.assistants.application.service;

import ai.assistants.application.port.in.CreateAssistantCommand;
import ai.assistants.application.port.in.CreateAssistantUseCase;
import ai.assistants.application.port.out.AccountResources;
import ai.assistants.application.port.out.AssistantRepository;
import ai.assistants.application.port.out.OwnedReferenceMissingException;
import ai.assistants.application.port.out.PhoneNumberAlreadyAssignedException;
import ai.assistants.application.port.out.PhoneNumberMissingException;
import ai.assistants.application.port.out.ReferenceData;
import ai.assistants.application.port.out.TransferTargetMissingException;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.assistant.AssistantFactory;
import ai.assistants.domain.reference.ReferenceFacts;

public final class CreateAssistantService implements CreateAssistantUseCase {

    private final AssistantFactory factory;
    private final AssistantRepository repository;
    private final ReferenceLookup referenceLookup;

    public CreateAssistantService(AssistantFactory factory, AssistantRepository repository,
                                  ReferenceData referenceData, AccountResources accountResources) {
        this.factory = factory;
        this.repository = repository;
        this.referenceLookup = new ReferenceLookup(referenceData, accountResources);
    }

    @Override
    public Assistant create(CreateAssistantCommand command) {
        AssistantProfile proposal = command.proposal();
        ReferenceFacts facts = referenceLookup.factsFor(command.caller(), factory.referencedIds(proposal));
        Assistant assistant = factory.createNew(command.caller(), proposal, facts, command.unreadable());
        return save(assistant, command, facts);
    }

    private Assistant save(Assistant assistant, CreateAssistantCommand command, ReferenceFacts facts) {
        try {
            return repository.saveNew(assistant);
        } catch (PhoneNumberAlreadyAssignedException raceLost) {
            throw StorageRaces.phoneNumberTaken(raceLost);
        } catch (TransferTargetMissingException | OwnedReferenceMissingException | PhoneNumberMissingException raceLost) {
            factory.createNew(command.caller(), command.proposal(), StorageRaces.without(facts, raceLost),
                    command.unreadable());
            throw new IllegalStateException("Storage refused references the proposal does not name", raceLost);
        }
    }
}
