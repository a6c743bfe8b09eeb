package ai.assistants.domain.assistant;

import ai.assistants.domain.engine.EngineMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static ai.assistants.domain.assistant.FactoryHarness.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class EngineModeRulesTest {

    private static AssistantDrafts speechToSpeech(EngineMode mode) {
        return AssistantDrafts.valid().mode(mode).llmModelId(null).multimodalModelId(1L)
                .voiceId(mode == EngineMode.MULTIMODAL ? 3L : 1L);
    }

    @ParameterizedTest
    @EnumSource(value = EngineMode.class, names = {"MULTIMODAL", "DUALPLEX"})
    void a_speech_to_speech_draft_with_its_model_is_valid(EngineMode mode) {
        assertThat(violations(speechToSpeech(mode).chatLlmFallbackId(2L).turnDetectionThreshold(BigDecimal.ZERO)
                .allowInterruptions(true).fillers(false).knowledgebaseId(1L)
                .knowledgebaseMode(KnowledgebaseMode.FUNCTION_CALL))).isEmpty();
    }

    static Stream<Arguments> speechToSpeechViolations() {
        return Stream.of(EngineMode.MULTIMODAL, EngineMode.DUALPLEX).flatMap(mode -> Stream.of(
                arguments(mode, (UnaryOperator<AssistantDrafts>) d -> d.multimodalModelId(null), "engine.multimodal_model_id",
                        "REQUIRED_WHEN(engine.mode, " + mode.code() + ")"),
                arguments(mode, (UnaryOperator<AssistantDrafts>) d -> d.llmModelId(1L), "engine.llm_model_id",
                        "PROHIBITED_IN_MODE(" + mode.code() + ")"),
                arguments(mode, (UnaryOperator<AssistantDrafts>) d -> d.transcriberProviderId(1L),
                        "providers.transcriber_provider_id", "PROHIBITED_IN_MODE(" + mode.code() + ")"),
                arguments(mode, (UnaryOperator<AssistantDrafts>) d -> d.fillerConfig(new FillerConfig(List.of("a"), null, null, null)),
                        "call.filler_config", "PROHIBITED_IN_MODE(" + mode.code() + ")"),
                arguments(mode, (UnaryOperator<AssistantDrafts>) d -> d.fillers(true), "call.fillers",
                        "FILLERS_PIPELINE_ONLY"),
                arguments(mode, (UnaryOperator<AssistantDrafts>) d -> d.allowInterruptions(false), "call.allow_interruptions",
                        "INTERRUPTIONS_REQUIRED(" + mode.code() + ")"),
                arguments(mode, (UnaryOperator<AssistantDrafts>) d -> d.knowledgebaseId(1L)
                                .knowledgebaseMode(KnowledgebaseMode.PROMPT),
                        "knowledgebase.knowledgebase_mode", "FUNCTION_CALL_ONLY(" + mode.code() + ")")));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("speechToSpeechViolations")
    void speech_to_speech_modes_require_and_prohibit(EngineMode mode, UnaryOperator<AssistantDrafts> change, String key,
                                                    String message) {
        assertThat(violations(change.apply(speechToSpeech(mode)))).containsOnly(java.util.Map.entry(key, List.of(message)));
    }

    static Stream<Arguments> pipelineViolations() {
        return Stream.of(
                arguments((UnaryOperator<AssistantDrafts>) d -> d.llmModelId(null), "engine.llm_model_id",
                        "REQUIRED_WHEN(engine.mode, pipeline)"),
                arguments((UnaryOperator<AssistantDrafts>) d -> d.multimodalModelId(1L), "engine.multimodal_model_id",
                        "PROHIBITED_IN_MODE(pipeline)"),
                arguments((UnaryOperator<AssistantDrafts>) d -> d.chatLlmFallbackId(1L), "engine.chat_llm_fallback_id",
                        "PROHIBITED_IN_MODE(pipeline)"),
                arguments((UnaryOperator<AssistantDrafts>) d -> d.turnDetectionThreshold(new BigDecimal("0.5")),
                        "engine.turn_detection_threshold", "PROHIBITED_IN_MODE(pipeline)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("pipelineViolations")
    void pipeline_requires_an_llm_and_prohibits_speech_to_speech_fields(UnaryOperator<AssistantDrafts> change, String key,
                                                                       String message) {
        assertThat(violations(change.apply(AssistantDrafts.valid()))).containsOnly(java.util.Map.entry(key, List.of(message)));
    }

    @ParameterizedTest
    @EnumSource(value = EngineMode.class, names = {"MULTIMODAL", "DUALPLEX"})
    void a_voice_without_the_mode_gets_the_seed_message(EngineMode mode) {
        AssistantDrafts draft = speechToSpeech(mode).voiceId(mode == EngineMode.MULTIMODAL ? 1L : 3L);

        assertThat(violations(draft)).containsOnly(java.util.Map.entry("voice_id",
                List.of("VOICE_NOT_COMPATIBLE")));
    }

    // An unknown mode ("turbo") no longer reaches the domain: the REST reader reports it.
    @Test
    void without_a_mode_no_mode_rule_applies() {
        var found = violations(AssistantDrafts.valid().mode(null).multimodalModelId(1L).fillers(true));

        assertThat(found).containsOnlyKeys("engine.mode");
    }

    @ParameterizedTest
    @ValueSource(longs = {2L})
    void a_multimodal_model_must_support_the_mode(long modelWithoutDualplex) {
        assertThat(violations(speechToSpeech(EngineMode.DUALPLEX).multimodalModelId(modelWithoutDualplex)))
                .containsOnly(java.util.Map.entry("engine.multimodal_model_id", List.of("UNKNOWN_REFERENCE")));
        assertThat(violations(speechToSpeech(EngineMode.MULTIMODAL).multimodalModelId(modelWithoutDualplex))).isEmpty();
    }
}
