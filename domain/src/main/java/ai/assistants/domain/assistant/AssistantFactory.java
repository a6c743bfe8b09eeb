package ai.assistants.domain.assistant;

import ai.assistants.domain.reference.ReferenceFacts;
import ai.assistants.domain.reference.ReferencedIds;
import ai.assistants.domain.validation.InvalidAssistantException;
import ai.assistants.domain.validation.Violations;
import ai.assistants.domain.validation.constraint.ConstraintCheck;

import java.util.List;

/**
 * The only way to a new Assistant: checks a draft against every rule of the contract and,
 * when nothing is violated, applies the defaults. The field rules are the constraints declared
 * on the draft and its parts; the rules below need facts from storage or the factory's settings,
 * and run after them so that a field already reported is not judged again.
 */
public final class AssistantFactory {

    private static final AssistantDraft EMPTY_DRAFT = new AssistantDraft(null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null);

    private final ConstraintCheck fieldRules;
    private final List<DraftPolicy> policies;

    /** A factory that refuses webhook URLs pointing at local or private hosts. */
    public AssistantFactory(jakarta.validation.Validator validator) {
        this(validator, false);
    }

    /**
     * @param allowPrivateWebhookHosts {@code true} only for development, where webhooks may go to
     *                                 {@code localhost} or the local network
     */
    public AssistantFactory(jakarta.validation.Validator validator, boolean allowPrivateWebhookHosts) {
        this.fieldRules = new ConstraintCheck(validator);
        this.policies = List.of(new WebhookHostGuard(allowPrivateWebhookHosts), new CatalogReferenceRules(),
                new OwnershipRules(), new ProviderChoice());
    }

    /** The ids {@code draft} refers to, for the look-ups that build its {@link ReferenceFacts}. */
    public ReferencedIds referencedIds(AssistantDraft draft) {
        return DraftReferences.of(draft == null ? EMPTY_DRAFT : draft);
    }

    /**
     * @param unreadable problems the reader found before the draft existed (wrong JSON types,
     *                   unknown fields); they are reported together with the draft's own, and a field
     *                   already reported there is not reported again
     * @throws InvalidAssistantException with every violation, when there is any
     */
    public Assistant createNew(AccountId owner, AssistantDraft draft, ReferenceFacts facts, Violations unreadable) {
        AssistantDraft checked = draft == null ? EMPTY_DRAFT : draft;
        ReferenceFacts known = KnownFacts.of(facts);
        Report report = new Report(unreadable);
        report.addAll(fieldRules.check(checked));
        report.addAll(FieldRelations.check(checked));
        policies.forEach(policy -> policy.check(checked, known, report));
        if (!report.violations().isEmpty()) {
            throw new InvalidAssistantException(report.violations(), checked);
        }
        return Assistant.createNew(owner, ProfileAssembly.profile(checked, known));
    }
}
