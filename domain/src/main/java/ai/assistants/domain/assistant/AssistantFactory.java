package ai.assistants.domain.assistant;

import ai.assistants.domain.reference.ReferenceFacts;
import ai.assistants.domain.reference.ReferencedIds;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.InvalidAssistantException;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Violations;
import ai.assistants.domain.validation.constraint.ConstraintCheck;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static ai.assistants.domain.assistant.ProfileFields.PHONE_NUMBER_ID;

/**
 * The only ways to an Assistant: a proposal checked against every rule of the contract, with its
 * defaults applied, or a stored one checked against the same rules as it is rebuilt. The field
 * rules are the constraints declared on the profile and its parts, and the rows relating fields;
 * the policies need facts from storage or the factory's settings, and run after them so that a
 * field already reported is not judged again.
 */
public final class AssistantFactory {

    /** Where a violation of the assistant's status is reported; the status is not part of the profile. */
    public static final FieldPath STATUS = FieldPath.of("status");

    private final ConstraintCheck fieldRules;
    private final List<ProposalPolicy> policies;
    /**
     * Whether each of {@link ProfileFields#GROUPS}, by position, passes all its rules when nothing of it was
     * sent, so an empty one need not be checked. By position, not in a set of groups: a group's hash
     * is its record's, which hashes its empty value field by field on every request.
     */
    private final boolean[] emptyIsValid;

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
        this.emptyIsValid = new boolean[ProfileFields.GROUPS.size()];
        for (int index = 0; index < emptyIsValid.length; index++) {
            emptyIsValid[index] = fieldRules.check(ProfileFields.GROUPS.get(index).none()).isEmpty();
        }
    }

    /** The ids {@code proposal} refers to, for the look-ups that build its {@link ReferenceFacts}. */
    public ReferencedIds referencedIds(AssistantProfile proposal) {
        return ProposalReferences.of(proposal);
    }

    /**
     * @param unreadable problems the reader found before the proposal existed (wrong JSON types,
     *                   unknown fields, unknown codes); they are reported together with the proposal's
     *                   own, and a field already reported there is not reported again
     * @throws InvalidAssistantException with every violation, when there is any
     */
    public Assistant createNew(AccountId owner, AssistantProfile proposal, ReferenceFacts facts, Violations unreadable) {
        Objects.requireNonNull(proposal, "proposal");
        ReferenceFacts known = KnownFacts.of(facts);
        Report report = new Report(unreadable);
        checkFields(proposal, report);
        policies.forEach(policy -> policy.check(proposal, known, report));
        if (!report.violations().isEmpty()) {
            throw new InvalidAssistantException(report.violations(), proposal);
        }
        return Assistant.createNew(owner, proposal.withDefaults(ProviderChoice.resolve(proposal, known)));
    }

    /**
     * The stored assistant as {@code change} leaves it: the fields it names replaced, what a new mode
     * or language no longer allows reset ({@link ChangeResets}), and then every rule of a create checked
     * on the result, with the facts as the assistant itself sees them (its own number is not taken by
     * another; it cannot transfer to itself). An active inbound assistant needs a phone number.
     *
     * @return {@code stored} itself when the change leaves it as it was
     * @throws InvalidAssistantException with every violation, when there is any
     */
    public Assistant change(Assistant stored, AssistantChange change, ReferenceFacts facts, Violations unreadable) {
        Objects.requireNonNull(change, "change");
        if (change.isEmpty() && (unreadable == null || unreadable.isEmpty())) {
            return stored;
        }
        ReferenceFacts known = KnownFacts.seenBy(KnownFacts.of(facts), stored.id().orElseThrow());
        AssistantProfile proposal = ChangeResets.apply(stored.profile(), change, known);
        AssistantStatus status = change.statusAfter(stored.status());
        Report report = new Report(unreadable);
        checkFields(proposal, report);
        policies.forEach(policy -> policy.check(proposal, known, report));
        if (status == AssistantStatus.ACTIVE && Modes.isInbound(proposal) && PHONE_NUMBER_ID.of(proposal) == null) {
            report.add(STATUS, Rule.INBOUND_NEEDS_PHONE_NUMBER);
        }
        if (!report.violations().isEmpty()) {
            throw new InvalidAssistantException(report.violations(), proposal);
        }
        AssistantProfile profile = proposal.withDefaults(ProviderChoice.resolve(proposal, known));
        return profile.equals(stored.profile()) && status == stored.status() ? stored : stored.changedTo(status, profile);
    }

    /**
     * A stored assistant, rebuilt only if it keeps every rule that needs no stored facts: an
     * assistant that exists is valid, whatever was written to its row.
     *
     * @throws IllegalStateException when the stored assistant breaks a rule
     */
    public Assistant reconstitute(AssistantId id, AccountId owner, AssistantStatus status, AssistantProfile profile,
                                  Instant createdAt, Instant updatedAt) {
        Report report = new Report(null);
        checkFields(profile, report);
        if (!report.violations().isEmpty()) {
            throw new IllegalStateException("Stored assistant " + id.value() + " breaks its rules: " + report.violations());
        }
        return Assistant.reconstitute(id, owner, status, profile, createdAt, updatedAt);
    }

    /**
     * The profile's own fields, then each group and each tool as a value of its own, then the rows
     * relating fields. Groups and tools are not cascaded into from the profile: on Hibernate Validator
     * 8.0 that cascade made a create's check 1.8 times slower. Not measured again on 9.1, whose
     * cascades cost less (the groups' own nested values are cascaded into).
     */
    private void checkFields(AssistantProfile profile, Report report) {
        report.addAll(fieldRules.check(profile));
        for (int index = 0; index < emptyIsValid.length; index++) {
            ProfileFields.Group<?> group = ProfileFields.GROUPS.get(index);
            Object value = group.of(profile);
            // Most requests set few groups, and each check costs about a microsecond.
            if (!(emptyIsValid[index] && value.equals(group.none()))) {
                report.addAll(fieldRules.check(value, group.path()));
            }
        }
        ProfileFields.forEachTool(profile, (tool, at) -> report.addAll(fieldRules.check(tool, at)));
        report.addAll(FieldRelations.check(profile));
    }
}
