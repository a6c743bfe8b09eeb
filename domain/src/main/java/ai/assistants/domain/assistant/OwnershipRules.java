package ai.assistants.domain.assistant;

import ai.assistants.domain.assistant.tool.AssistantTransferTool;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.WarmCallTransferTool;
import ai.assistants.domain.reference.PhoneNumberFacts;
import ai.assistants.domain.reference.PhoneNumberType;
import ai.assistants.domain.reference.ReferenceFacts;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.Rule;

import java.util.List;
import java.util.Set;

import static ai.assistants.domain.assistant.ProfileFields.*;
import static ai.assistants.domain.assistant.ProposalPolicy.isCheckable;

/**
 * References to what the caller's account owns. The facts hold only the caller's own resources,
 * so another account's id fails exactly like an unknown one.
 */
final class OwnershipRules implements ProposalPolicy {

    @Override
    public void check(AssistantProfile proposal, ReferenceFacts facts, Report report) {
        checkPhoneNumber(proposal, facts, report);
        checkOwned(KNOWLEDGEBASE_ID.of(proposal), KNOWLEDGEBASE_ID.path(), facts.knowledgebaseIds(), report);
        checkEachOwned(TOOL_IDS, proposal, facts.toolIds(), report);
        checkOwned(FOLDER_ID.of(proposal), FOLDER_ID.path(), facts.folderIds(), report);
        checkEachOwned(LABEL_IDS, proposal, facts.labelIds(), report);
        List<BuiltInTool> tools = TOOLS.of(proposal);
        if (tools != null && !report.has(TOOLS.path())) {
            for (int index = 0; index < tools.size(); index++) {
                checkTool(tools.get(index), TOOLS.path().index(index), facts, report);
            }
        }
    }

    /** Each id of a list, unless the list is refused as a whole already. */
    private static void checkEachOwned(ProfileField<AssistantProfile, List<Long>> field, AssistantProfile proposal,
                                       Set<Long> owned, Report report) {
        List<Long> ids = field.of(proposal);
        if (ids != null && !report.has(field.path())) {
            for (int index = 0; index < ids.size(); index++) {
                checkOwned(ids.get(index), field.path().index(index), owned, report);
            }
        }
    }

    private static void checkPhoneNumber(AssistantProfile proposal, ReferenceFacts facts, Report report) {
        Long id = PHONE_NUMBER_ID.of(proposal);
        FieldPath path = PHONE_NUMBER_ID.path();
        if (!isCheckable(id, path, report)) {
            return;
        }
        PhoneNumberFacts number = facts.phoneNumbers().get(id);
        if (number == null) {
            report.add(path, Rule.UNKNOWN_REFERENCE);
        } else if (Modes.isInbound(proposal) && number.type() == PhoneNumberType.CALLER_ID) {
            report.add(path, Rule.CALLER_ID_NOT_INBOUND);
        } else if (Modes.isInbound(proposal) && number.inboundAssistantId() != null) {
            report.add(path, Rule.PHONE_NUMBER_TAKEN);
        }
    }

    private static void checkTool(BuiltInTool tool, FieldPath at, ReferenceFacts facts, Report report) {
        if (tool instanceof WarmCallTransferTool warm) {
            checkOwned(OUTBOUND_PHONE_ID.of(warm), OUTBOUND_PHONE_ID.pathIn(at), facts.phoneNumbers().keySet(), report);
        } else if (tool instanceof AssistantTransferTool transfer) {
            checkOwned(TRANSFER_ASSISTANT_ID.of(transfer), TRANSFER_ASSISTANT_ID.pathIn(at), facts.assistantIds(), report);
        }
    }

    private static void checkOwned(Long id, FieldPath path, Set<Long> owned, Report report) {
        if (isCheckable(id, path, report) && !owned.contains(id)) {
            report.add(path, Rule.UNKNOWN_REFERENCE);
        }
    }
}
