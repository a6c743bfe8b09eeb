package ai.assistants.domain.assistant;

import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.CalcomEndpoint;
import ai.assistants.domain.assistant.tool.CallerIdMode;
import ai.assistants.domain.assistant.tool.CalendarIntegrationTool;
import ai.assistants.domain.assistant.tool.WarmCallTransferTool;
import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Violation;
import ai.assistants.domain.code.ContractCode;
import ai.assistants.domain.validation.constraint.PhoneNumber;
import ai.assistants.domain.validation.constraint.Text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static ai.assistants.domain.assistant.ProfileFields.*;

/**
 * The rules that relate one field of a proposal to another, as rows: the field a row reports on and
 * reads (one {@link ProfileField}), the condition under which it applies, and the rule. Every row is
 * evaluated; each broken one adds its violation.
 */
final class FieldRelations {

    private static final Set<EngineMode> PIPELINE = EnumSet.of(EngineMode.PIPELINE);
    private static final Set<EngineMode> SPEECH_TO_SPEECH = EnumSet.of(EngineMode.MULTIMODAL, EngineMode.DUALPLEX);
    private static final int MAX_SIP_LENGTH = 255;
    // sip:user@host, sips:user@host, user@host, or a bare extension of digits, * and #.
    private static final Pattern SIP_ADDRESS = Pattern.compile("(?:sips?:)?[^\\s@:]+@[^\\s@]+|sips?:[^\\s@]+|[0-9*#]{1,15}");

    /** What an engine mode requires or prohibits: {@code broken} judges the field's value. */
    private record ModeRow(Set<EngineMode> modes, ProfileField<AssistantProfile, ?> field, Predicate<Object> broken,
                           Rule rule, boolean namesMode) {

        Optional<Violation> check(AssistantProfile proposal, EngineMode mode) {
            if (!modes.contains(mode) || !broken.test(field.of(proposal))) {
                return Optional.empty();
            }
            if (rule == Rule.REQUIRED_WHEN) {
                return Optional.of(Violation.of(field.path(), rule, MODE.path(), mode.code()));
            }
            return Optional.of(namesMode ? Violation.of(field.path(), rule, mode.code()) : Violation.of(field.path(), rule));
        }
    }

    private static final List<ModeRow> MODE_ROWS = List.of(
            requiredIn(PIPELINE, LLM_MODEL_ID),
            prohibitedIn(PIPELINE, MULTIMODAL_MODEL_ID),
            prohibitedIn(PIPELINE, CHAT_LLM_FALLBACK_ID),
            prohibitedIn(PIPELINE, TURN_DETECTION_THRESHOLD),
            requiredIn(SPEECH_TO_SPEECH, MULTIMODAL_MODEL_ID),
            prohibitedIn(SPEECH_TO_SPEECH, LLM_MODEL_ID),
            prohibitedIn(SPEECH_TO_SPEECH, TRANSCRIBER_PROVIDER_ID),
            prohibitedIn(SPEECH_TO_SPEECH, FILLER_CONFIG),
            new ModeRow(SPEECH_TO_SPEECH, FILLERS, Boolean.TRUE::equals, Rule.FILLERS_PIPELINE_ONLY, false),
            new ModeRow(SPEECH_TO_SPEECH, ALLOW_INTERRUPTIONS, Boolean.FALSE::equals, Rule.INTERRUPTIONS_REQUIRED, true),
            new ModeRow(SPEECH_TO_SPEECH, KNOWLEDGEBASE_MODE, KnowledgebaseMode.PROMPT::equals,
                    Rule.FUNCTION_CALL_ONLY, true));

    private static ModeRow requiredIn(Set<EngineMode> modes, ProfileField<AssistantProfile, ?> field) {
        return new ModeRow(modes, field, Text::isMissing, Rule.REQUIRED_WHEN, true);
    }

    private static ModeRow prohibitedIn(Set<EngineMode> modes, ProfileField<AssistantProfile, ?> field) {
        return new ModeRow(modes, field, value -> value != null, Rule.PROHIBITED_IN_MODE, true);
    }

    private FieldRelations() {
    }

    static List<Violation> check(AssistantProfile proposal) {
        List<Violation> found = new ArrayList<>();
        Modes.mode(proposal).ifPresent(mode -> MODE_ROWS.forEach(row -> row.check(proposal, mode).ifPresent(found::add)));
        requiredWhen(proposal, WEBHOOK_URL, IS_WEBHOOK_ACTIVE, Boolean.TRUE, FieldPath.root(), found);
        if (KNOWLEDGEBASE_MODE.of(proposal) != null && KNOWLEDGEBASE_ID.of(proposal) == null) {
            found.add(Violation.of(KNOWLEDGEBASE_ID.path(), Rule.REQUIRED_WITH, KNOWLEDGEBASE_MODE.path()));
        }
        forEachTool(proposal, (tool, at) -> checkTool(tool, at, found));
        return found;
    }

    private static void checkTool(BuiltInTool tool, FieldPath at, List<Violation> found) {
        if (tool instanceof WarmCallTransferTool warm) {
            requiredWhen(warm, CUSTOM_CALLER_ID, CALLER_ID_MODE, CallerIdMode.CUSTOM, at, found);
            checkSupervisorPhone(warm, at, found);
        } else if (tool instanceof CalendarIntegrationTool calendar) {
            requiredWhen(calendar, CALCOM_CUSTOM_ENDPOINT, CALCOM_ENDPOINT, CalcomEndpoint.CUSTOM, at, found);
        }
    }

    private static <R> void requiredWhen(R record, ProfileField<R, ?> field, ProfileField<R, ?> other, Object value,
                                         FieldPath at, List<Violation> found) {
        if (value.equals(other.of(record)) && Text.isMissing(field.of(record))) {
            String shown = value instanceof ContractCode code ? code.code() : String.valueOf(value);
            found.add(Violation.of(field.pathIn(at), Rule.REQUIRED_WHEN, other.pathIn(at), shown));
        }
    }

    /** An E.164 number, or a SIP address or extension when {@code custom_sip} is true. */
    private static void checkSupervisorPhone(WarmCallTransferTool tool, FieldPath at, List<Violation> found) {
        String phone = SUPERVISOR_PHONE.of(tool);
        if (Text.isMissing(phone) || PhoneNumber.Validator.isE164(phone)) {
            return;
        }
        boolean sip = Boolean.TRUE.equals(CUSTOM_SIP.of(tool));
        if (!sip) {
            found.add(Violation.of(SUPERVISOR_PHONE.pathIn(at), Rule.PHONE));
        } else if (phone.length() > MAX_SIP_LENGTH || !SIP_ADDRESS.matcher(phone).matches()) {
            found.add(Violation.of(SUPERVISOR_PHONE.pathIn(at), Rule.FORMAT));
        }
    }
}
