package ai.assistants.application.service;

import ai.assistants.application.owned.KnowledgebaseView;
import ai.assistants.application.owned.PartialDetails;
import ai.assistants.application.port.in.ManageKnowledgebasesUseCase;
import ai.assistants.application.port.out.Knowledgebases;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.owned.KnowledgebaseDetails;
import ai.assistants.domain.owned.OwnedResourceRules;
import ai.assistants.domain.validation.Violations;

import java.util.List;
import java.util.Optional;

public final class KnowledgebaseService implements ManageKnowledgebasesUseCase {

    private final OwnedResourceRules rules;
    private final Knowledgebases knowledgebases;

    public KnowledgebaseService(OwnedResourceRules rules, Knowledgebases knowledgebases) {
        this.rules = rules;
        this.knowledgebases = knowledgebases;
    }

    @Override
    public List<KnowledgebaseView> list(AccountId caller) {
        return knowledgebases.list(caller);
    }

    @Override
    public Optional<KnowledgebaseView> get(AccountId caller, long id) {
        return knowledgebases.find(caller, id);
    }

    @Override
    public KnowledgebaseView create(AccountId caller, KnowledgebaseDetails details, Violations unreadable) {
        return knowledgebases.create(caller, rules.check(details, unreadable));
    }

    /** The stored details with the fields sent replaced, checked as a create's, under the storage's lock. */
    @Override
    public Optional<KnowledgebaseView> update(AccountId caller, long id, PartialDetails<KnowledgebaseDetails> sent,
                                              Violations unreadable) {
        return knowledgebases.change(caller, id, stored -> rules.check(new KnowledgebaseDetails(
                sent.isSent("name") ? sent.values().name() : stored.name(),
                sent.isSent("description") ? sent.values().description() : stored.description()), unreadable));
    }

    @Override
    public boolean delete(AccountId caller, long id) {
        return knowledgebases.delete(caller, id);
    }
}
