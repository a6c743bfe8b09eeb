package ai.assistants.application.service;

import ai.assistants.application.port.in.CreateMidCallToolCommand;
import ai.assistants.application.port.in.ManageMidCallToolsUseCase;
import ai.assistants.application.port.in.UpdateMidCallToolCommand;
import ai.assistants.application.port.out.MidCallToolNameTakenException;
import ai.assistants.application.port.out.MidCallToolRepository;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.midcalltool.MidCallTool;
import ai.assistants.domain.midcalltool.MidCallToolFactory;
import ai.assistants.domain.midcalltool.MidCallToolFields;
import ai.assistants.domain.midcalltool.MidCallToolId;
import ai.assistants.domain.validation.InvalidAssistantException;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Violations;

import java.util.List;
import java.util.Optional;

/**
 * The caller's mid-call tools. A name is looked up before the write so that its being taken is reported
 * with every other violation; the database's unique constraint decides the races that look-up cannot.
 */
public final class MidCallToolService implements ManageMidCallToolsUseCase {

    private final MidCallToolFactory factory;
    private final MidCallToolRepository repository;

    public MidCallToolService(MidCallToolFactory factory, MidCallToolRepository repository) {
        this.factory = factory;
        this.repository = repository;
    }

    @Override
    public List<MidCallTool> list(AccountId caller) {
        return repository.findAllOwned(caller);
    }

    @Override
    public Optional<MidCallTool> get(AccountId caller, MidCallToolId id) {
        return repository.findOwned(caller, id);
    }

    @Override
    public MidCallTool create(CreateMidCallToolCommand command) {
        MidCallTool tool = factory.createNew(command.caller(), command.proposal(),
                name -> repository.nameTaken(command.caller(), name, Optional.empty()), command.unreadable());
        try {
            return repository.saveNew(tool);
        } catch (MidCallToolNameTakenException raceLost) {
            throw nameTaken();
        }
    }

    @Override
    public Optional<MidCallTool> update(UpdateMidCallToolCommand command) {
        try {
            return repository.change(command.caller(), command.id(), stored -> factory.change(stored, command.change(),
                    name -> repository.nameTaken(command.caller(), name, Optional.of(command.id())),
                    command.unreadable()));
        } catch (MidCallToolNameTakenException raceLost) {
            throw nameTaken();
        }
    }

    @Override
    public boolean delete(AccountId caller, MidCallToolId id) {
        return repository.delete(caller, id);
    }

    /** The answer the request would have had if the other one had come first. */
    private static InvalidAssistantException nameTaken() {
        return new InvalidAssistantException(new Violations().add(MidCallToolFields.NAME.path(), Rule.TAKEN), null);
    }
}
