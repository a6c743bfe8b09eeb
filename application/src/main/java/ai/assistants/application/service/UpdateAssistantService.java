package ai.assistants.application.service;

import ai.assistants.application.port.in.AssistantChangedException;
import ai.assistants.application.port.in.UpdateAssistantCommand;
import ai.assistants.application.port.in.UpdateAssistantUseCase;
import ai.assistants.application.port.out.AccountResources;
import ai.assistants.application.port.out.AssistantRepository;
import ai.assistants.application.port.out.OwnedReferenceMissingException;
import ai.assistants.application.port.out.PhoneNumberAlreadyAssignedException;
import ai.assistants.application.port.out.PhoneNumberMissingException;
import ai.assistants.application.port.out.ReferenceData;
import ai.assistants.application.port.out.TransferTargetMissingException;
import ai.assistants.domain.assistant.Assistant;
import ai.assistants.domain.assistant.AssistantChange;
import ai.assistants.domain.assistant.AssistantFactory;
import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.reference.ReferenceFacts;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

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
        AtomicReference<Judged> lastJudged = new AtomicReference<>();
        try {
            return repository.change(command.caller(), command.id(), stored -> {
                Judged judged = judge(stored, command);
                lastJudged.set(judged);
                return judged.result();
            });
        } catch (PhoneNumberAlreadyAssignedException raceLost) {
            throw StorageRaces.phoneNumberTaken(raceLost);
        } catch (TransferTargetMissingException | OwnedReferenceMissingException | PhoneNumberMissingException raceLost) {
            Judged judged = lastJudged.get();
            factory.change(judged.stored(), judged.change(), StorageRaces.without(judged.facts(), raceLost),
                    command.unreadable());
            throw new IllegalStateException("Storage refused references the change does not name", raceLost);
        }
    }

    /** What the change was judged on, kept for judging it again when the storage refuses it. */
    private record Judged(Assistant stored, AssistantChange change, ReferenceFacts facts, Assistant result) {
    }

    private Judged judge(Assistant stored, UpdateAssistantCommand command) {
        if (!command.precondition().test(stored)) {
            throw new AssistantChangedException();
        }
        if (command.sent().isEmpty() && command.unreadable().isEmpty()) {
            return new Judged(stored, null, null, stored);
        }
        AssistantProfile requested = ProfileOverlay.apply(stored.profile(), command.proposal().apply(stored), command.sent());
        ReferenceFacts facts = referenceLookup.factsFor(command.caller(), factory.referencedIds(requested));
        AssistantChange change = new AssistantChange(requested, command.sent(), command.status());
        return new Judged(stored, change, facts, factory.change(stored, change, facts, command.unreadable()));
    }
}
