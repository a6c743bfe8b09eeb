package ai.assistants.domain.assistant;

import ai.assistants.domain.assistant.tool.AssistantTransferTool;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.WarmCallTransferTool;
import ai.assistants.domain.reference.PhoneNumberFacts;
import ai.assistants.domain.reference.PhoneNumberType;
import ai.assistants.domain.reference.ReferenceFacts;
import ai.assistants.domain.validation.ContractKeys;
import ai.assistants.domain.validation.Messages;

import java.util.List;
import java.util.Set;

import static ai.assistants.domain.assistant.CatalogReferenceRules.isCheckable;

/**
 * References to what the caller's account owns. The facts hold only the caller's own resources,
 * so another account's id fails exactly like an unknown one.
 */
final class OwnershipRules implements DraftPolicy {

    @Override
    public void check(AssistantDraft draft, ReferenceFacts facts, Report report) {
        checkPhoneNumber(draft, facts, report);
        checkOwned(draft.knowledgebaseId(), "knowledgebase_id", facts.knowledgebaseIds(), report);
        List<Long> toolIds = draft.toolIds();
        if (toolIds != null && !report.has("tool_ids")) {
            for (int index = 0; index < toolIds.size(); index++) {
                checkOwned(toolIds.get(index), ContractKeys.child("tool_ids", index), facts.toolIds(), report);
            }
        }
        List<BuiltInTool> tools = draft.tools();
        if (tools != null && !report.has("tools")) {
            for (int index = 0; index < tools.size(); index++) {
                checkTool(tools.get(index), ContractKeys.child("tools", index), facts, report);
            }
        }
    }

    private static void checkPhoneNumber(AssistantDraft draft, ReferenceFacts facts, Report report) {
        if (!isCheckable(draft.phoneNumberId(), "phone_number_id", report)) {
            return;
        }
        PhoneNumberFacts number = facts.phoneNumbers().get(draft.phoneNumberId());
        if (number == null) {
            report.add("phone_number_id", Messages.invalidSelection("phone_number_id"));
        } else if (Modes.isInbound(draft) && number.type() == PhoneNumberType.CALLER_ID) {
            report.add("phone_number_id", Messages.CALLER_ID_NOT_INBOUND);
        } else if (Modes.isInbound(draft) && number.inboundAssistantId() != null) {
            report.add("phone_number_id", Messages.PHONE_NUMBER_ALREADY_ASSIGNED);
        }
    }

    private static void checkTool(BuiltInTool tool, String key, ReferenceFacts facts, Report report) {
        if (tool instanceof WarmCallTransferTool warm) {
            checkOwned(warm.outboundPhoneId(), ContractKeys.child(key, "outbound_phone_id"),
                    facts.phoneNumbers().keySet(), report);
        } else if (tool instanceof AssistantTransferTool transfer) {
            checkOwned(transfer.assistantId(), ContractKeys.child(key, "assistant_id"), facts.assistantIds(), report);
        }
    }

    private static void checkOwned(Long id, String key, Set<Long> owned, Report report) {
        if (isCheckable(id, key, report) && !owned.contains(id)) {
            report.add(key, Messages.invalidSelection(key));
        }
    }
}
