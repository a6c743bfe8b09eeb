package ai.assistants.domain.assistant;

import ai.assistants.domain.reference.ReferenceFacts;

/** One group of rules that need more than the proposal's own fields; each adds what it finds to the report. */
interface ProposalPolicy {

    void check(AssistantProfile proposal, ReferenceFacts facts, Report report);

    /** A value a rule may judge: present, and not already refused by an earlier rule. */
    static boolean isCheckable(Object value, ai.assistants.domain.validation.FieldPath path, Report report) {
        return value != null && !report.has(path);
    }
}
