package ai.assistants.domain.midcalltool;

import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.Report;
import ai.assistants.domain.validation.InvalidAssistantException;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Violations;
import ai.assistants.domain.validation.constraint.ConstraintCheck;
import jakarta.validation.Validator;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The only way to a new or changed mid-call tool: the field rules declared on
 * {@link MidCallToolDefinition} and its parts, then the policies relating fields, then the name's
 * uniqueness among the account's tools, all reported together.
 */
public final class MidCallToolFactory {

    private final ConstraintCheck fieldRules;
    private final List<ToolPolicy> policies;

    /**
     * @param allowPrivateHosts {@code true} only for development, where endpoints may be on
     *                          {@code localhost} or the local network (the webhooks' setting)
     */
    public MidCallToolFactory(Validator validator, boolean allowPrivateHosts) {
        this.fieldRules = new ConstraintCheck(validator);
        this.policies = List.of(new EndpointHostGuard(allowPrivateHosts), new PlaceholdersNameParameters());
    }

    /**
     * @param nameTaken  whether another of the owner's tools has this name (asked only of a valid name)
     * @param unreadable what the reader could not read; a field it reported is not judged again
     * @throws InvalidAssistantException with every violation, when there is any
     */
    public MidCallTool createNew(AccountId owner, MidCallToolDefinition proposal, Predicate<String> nameTaken,
                                 Violations unreadable) {
        judge(Objects.requireNonNull(proposal, "proposal"), nameTaken, unreadable);
        return MidCallTool.createNew(owner, proposal.withDefaults());
    }

    /**
     * The stored tool with {@code change} applied, judged by every rule of a create; the stored tool
     * itself when nothing changes (so nothing is written).
     *
     * @param nameTaken whether another of the owner's tools than this one has the name
     */
    public MidCallTool change(MidCallTool stored, MidCallToolChange change, Predicate<String> nameTaken,
                              Violations unreadable) {
        if (change.isEmpty() && unreadable.isEmpty()) {
            return stored;
        }
        MidCallToolDefinition merged = change.applyTo(stored.definition());
        judge(merged, nameTaken, unreadable);
        MidCallToolDefinition result = merged.withDefaults();
        return result.equals(stored.definition()) ? stored : stored.changedTo(result);
    }

    private void judge(MidCallToolDefinition tool, Predicate<String> nameTaken, Violations unreadable) {
        Report report = new Report(unreadable);
        report.addAll(fieldRules.check(tool));
        policies.forEach(policy -> policy.check(tool, report));
        if (!report.has(MidCallToolFields.NAME.path()) && MidCallToolFields.NAME.of(tool) != null
                && nameTaken.test(MidCallToolFields.NAME.of(tool))) {
            report.add(MidCallToolFields.NAME.path(), Rule.TAKEN);
        }
        if (!report.violations().isEmpty()) {
            throw new InvalidAssistantException(report.violations(), tool);
        }
    }
}
