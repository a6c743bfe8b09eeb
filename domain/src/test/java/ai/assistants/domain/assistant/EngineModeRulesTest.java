package ai.assistants.domain.assistant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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

    private static AssistantDrafts speechToSpeech(String mode) {
        return AssistantDrafts.valid().mode(mode).llmModelId(null).multimodalModelId(1L)
                .voiceId("multimodal".equals(mode) ? 3L : 1L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"multimodal", "dualplex"})
    void a_speech_to_speech_draft_with_its_model_is_valid(String mode) {
        assertThat(violations(speechToSpeech(mode).chatLlmFallbackId(2L).turnDetectionThreshold(BigDecimal.ZERO)
                .allowInterruptions(true).fillers(false).knowledgebaseId(1L).knowledgebaseMode("function_call"))).isEmpty();
    }

    static Stream<Arguments> speechToSpeechViolations() {
        return Stream.of("multimodal", "dualplex").flatMap(mode -> Stream.of(
                arguments(mode, (UnaryOperator<AssistantDrafts>) d -> d.multimodalModelId(null), "multimodal_model_id",
                        "REQUIRED_WHEN(mode, " + mode + ")"),
                arguments(mode, (UnaryOperator<AssistantDrafts>) d -> d.llmModelId(1L), "llm_model_id",
                        "PROHIBITED_IN_MODE(" + mode + ")"),
                arguments(mode, (UnaryOperator<AssistantDrafts>) d -> d.transcriberProviderId(1L), "transcriber_provider_id",
                        "PROHIBITED_IN_MODE(" + mode + ")"),
                arguments(mode, (UnaryOperator<AssistantDrafts>) d -> d.fillerConfig(new FillerConfig(List.of("a"), null, null, null)),
                        "filler_config", "PROHIBITED_IN_MODE(" + mode + ")"),
                arguments(mode, (UnaryOperator<AssistantDrafts>) d -> d.fillers(true), "fillers",
                        "FILLERS_PIPELINE_ONLY"),
                arguments(mode, (UnaryOperator<AssistantDrafts>) d -> d.allowInterruptions(false), "allow_interruptions",
                        "INTERRUPTIONS_REQUIRED(" + mode + ")"),
                arguments(mode, (UnaryOperator<AssistantDrafts>) d -> d.knowledgebaseId(1L).knowledgebaseMode("prompt"),
                        "knowledgebase_mode", "FUNCTION_CALL_ONLY(" + mode + ")")));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("speechToSpeechViolations")
    void speech_to_speech_modes_require_and_prohibit(String mode, UnaryOperator<AssistantDrafts> change, String key,
                                                    String message) {
        assertThat(violations(change.apply(speechToSpeech(mode)))).containsOnly(java.util.Map.entry(key, List.of(message)));
    }

    static Stream<Arguments> pipelineViolations() {
        return Stream.of(
                arguments((UnaryOperator<AssistantDrafts>) d -> d.llmModelId(null), "llm_model_id",
                        "REQUIRED_WHEN(mode, pipeline)"),
                arguments((UnaryOperator<AssistantDrafts>) d -> d.multimodalModelId(1L), "multimodal_model_id",
                        "PROHIBITED_IN_MODE(pipeline)"),
                arguments((UnaryOperator<AssistantDrafts>) d -> d.chatLlmFallbackId(1L), "chat_llm_fallback_id",
                        "PROHIBITED_IN_MODE(pipeline)"),
                arguments((UnaryOperator<AssistantDrafts>) d -> d.turnDetectionThreshold(new BigDecimal("0.5")),
                        "turn_detection_threshold", "PROHIBITED_IN_MODE(pipeline)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("pipelineViolations")
    void pipeline_requires_an_llm_and_prohibits_speech_to_speech_fields(UnaryOperator<AssistantDrafts> change, String key,
                                                                       String message) {
        assertThat(violations(change.apply(AssistantDrafts.valid()))).containsOnly(java.util.Map.entry(key, List.of(message)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"multimodal", "dualplex"})
    void a_voice_without_the_mode_gets_the_seed_message(String mode) {
        AssistantDrafts draft = speechToSpeech(mode).voiceId("multimodal".equals(mode) ? 1L : 3L);

        assertThat(violations(draft)).containsOnly(java.util.Map.entry("voice_id",
                List.of("VOICE_NOT_COMPATIBLE")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "turbo"})
    void without_a_valid_mode_no_mode_rule_applies(String mode) {
        var found = violations(AssistantDrafts.valid().mode(mode).multimodalModelId(1L).fillers(true));

        assertThat(found).containsOnlyKeys("mode");
    }

    @ParameterizedTest
    @ValueSource(longs = {2L})
    void a_multimodal_model_must_support_the_mode(long modelWithoutDualplex) {
        assertThat(violations(speechToSpeech("dualplex").multimodalModelId(modelWithoutDualplex)))
                .containsOnly(java.util.Map.entry("multimodal_model_id", List.of("UNKNOWN_REFERENCE")));
        assertThat(violations(speechToSpeech("multimodal").multimodalModelId(modelWithoutDualplex))).isEmpty();
    }
}
