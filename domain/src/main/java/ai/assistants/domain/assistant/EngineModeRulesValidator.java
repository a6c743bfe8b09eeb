package ai.assistants.domain.assistant;

import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.validation.constraint.Codes;
import ai.assistants.domain.validation.constraint.Rule;
import ai.assistants.domain.validation.constraint.Text;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The engine-mode table of the contract, one row per rule. A draft without a valid mode is
 * left to the mode's own rule: none of these apply to it.
 */
public class EngineModeRulesValidator implements ConstraintValidator<EngineModeRules, AssistantDraft> {

    private static final Set<EngineMode> PIPELINE = EnumSet.of(EngineMode.PIPELINE);
    private static final Set<EngineMode> SPEECH_TO_SPEECH = EnumSet.of(EngineMode.MULTIMODAL, EngineMode.DUALPLEX);

    private record ModeRule(Set<EngineMode> modes, String property, Function<AssistantDraft, Object> value,
                            Predicate<Object> violated, Function<EngineMode, String> template) {
    }

    private static final List<ModeRule> RULES = List.of(
            requiredIn(PIPELINE, "llmModelId", AssistantDraft::llmModelId),
            prohibitedIn(PIPELINE, "multimodalModelId", AssistantDraft::multimodalModelId),
            prohibitedIn(PIPELINE, "chatLlmFallbackId", AssistantDraft::chatLlmFallbackId),
            prohibitedIn(PIPELINE, "turnDetectionThreshold", AssistantDraft::turnDetectionThreshold),
            requiredIn(SPEECH_TO_SPEECH, "multimodalModelId", AssistantDraft::multimodalModelId),
            prohibitedIn(SPEECH_TO_SPEECH, "llmModelId", AssistantDraft::llmModelId),
            prohibitedIn(SPEECH_TO_SPEECH, "transcriberProviderId", AssistantDraft::transcriberProviderId),
            prohibitedIn(SPEECH_TO_SPEECH, "fillerConfig", AssistantDraft::fillerConfig),
            new ModeRule(SPEECH_TO_SPEECH, "fillers", AssistantDraft::fillers, Boolean.TRUE::equals,
                    mode -> Rule.FILLERS_PIPELINE_ONLY.template()),
            new ModeRule(SPEECH_TO_SPEECH, "allowInterruptions", AssistantDraft::allowInterruptions, Boolean.FALSE::equals,
                    mode -> Rule.INTERRUPTIONS_REQUIRED.template(mode.code())),
            new ModeRule(SPEECH_TO_SPEECH, "knowledgebaseMode", AssistantDraft::knowledgebaseMode,
                    KnowledgebaseMode.PROMPT.code()::equals, mode -> Rule.FUNCTION_CALL_ONLY.template(mode.code())));

    private static ModeRule requiredIn(Set<EngineMode> modes, String property, Function<AssistantDraft, Object> value) {
        return new ModeRule(modes, property, value, Text::isMissing, mode -> Rule.REQUIRED_WHEN.template("mode", mode.code()));
    }

    private static ModeRule prohibitedIn(Set<EngineMode> modes, String property, Function<AssistantDraft, Object> value) {
        return new ModeRule(modes, property, value, present -> present != null,
                mode -> Rule.PROHIBITED_IN_MODE.template(mode.code()));
    }

    @Override
    public boolean isValid(AssistantDraft draft, ConstraintValidatorContext context) {
        Optional<EngineMode> mode = draft == null || draft.mode() == null
                ? Optional.empty() : Codes.parse(EngineMode.class, draft.mode());
        if (mode.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        for (ModeRule rule : RULES) {
            if (rule.modes().contains(mode.get()) && rule.violated().test(rule.value().apply(draft))) {
                context.buildConstraintViolationWithTemplate(rule.template().apply(mode.get()))
                        .addPropertyNode(rule.property()).addConstraintViolation();
                valid = false;
            }
        }
        return valid;
    }
}
