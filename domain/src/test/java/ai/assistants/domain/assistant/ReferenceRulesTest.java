package ai.assistants.domain.assistant;

import ai.assistants.domain.engine.EngineMode;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Rule.ValueKind;
import ai.assistants.domain.validation.Violations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static ai.assistants.domain.assistant.FactoryHarness.FACTORY;
import static ai.assistants.domain.assistant.FactoryHarness.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ReferenceRulesTest {

    static Stream<Arguments> rejected() {
        return Stream.of(
                ref("unknown voice", d -> d.voiceId(99L), "voice_id", "UNKNOWN_REFERENCE"),
                ref("unknown language", d -> d.languageId(99L), "language_id", "UNKNOWN_REFERENCE"),
                ref("unknown llm", d -> d.llmModelId(99L), "engine.llm_model_id", "UNKNOWN_REFERENCE"),
                ref("unknown secondary", d -> d.secondaryLanguageIds(List.of(2L, 99L)), "secondary_language_ids.1",
                        "UNKNOWN_REFERENCE"),
                ref("secondary has primary", d -> d.secondaryLanguageIds(List.of(2L, 1L)), "secondary_language_ids",
                        "SECONDARY_CONTAINS_PRIMARY"),
                ref("synthesizer unknown", d -> d.synthesizerProviderId(5L), "providers.synthesizer_provider_id",
                        "UNKNOWN_REFERENCE"),
                ref("synthesizer lacks language", d -> d.synthesizerProviderId(9L), "providers.synthesizer_provider_id",
                        "UNKNOWN_REFERENCE"),
                ref("transcriber lacks language", d -> d.languageId(2L).transcriberProviderId(2L),
                        "providers.transcriber_provider_id",
                        "UNKNOWN_REFERENCE"),
                ref("phone not owned", d -> d.phoneNumberId(99L), "phone_number_id", "UNKNOWN_REFERENCE"),
                ref("caller id inbound", d -> d.type(AssistantType.INBOUND).phoneNumberId(3L), "phone_number_id",
                        "CALLER_ID_NOT_INBOUND"),
                ref("number held", d -> d.type(AssistantType.INBOUND).phoneNumberId(4L), "phone_number_id",
                        "PHONE_NUMBER_TAKEN"),
                ref("tool not owned", d -> d.toolIds(List.of(1L, 99L)), "tool_ids.1", "UNKNOWN_REFERENCE"),
                ref("knowledgebase not owned", d -> d.knowledgebaseId(99L), "knowledgebase.knowledgebase_id",
                        "UNKNOWN_REFERENCE"),
                ref("folder not owned", d -> d.folderId(99L), "folder_id", "UNKNOWN_REFERENCE"),
                ref("label not owned", d -> d.labelIds(List.of(1L, 99L)), "label_ids.1", "UNKNOWN_REFERENCE"),
                ref("label twice", d -> d.labelIds(List.of(1L, 2L, 1L)), "label_ids.2", "DUPLICATE"),
                ref("too many labels", d -> d.labelIds(java.util.stream.LongStream.rangeClosed(1, 51).boxed().toList()),
                        "label_ids", "TOO_MANY(50)"),
                ref("fallback not an llm", d -> d.mode(EngineMode.MULTIMODAL).voiceId(3L).llmModelId(null).multimodalModelId(2L)
                        .chatLlmFallbackId(99L), "engine.chat_llm_fallback_id", "UNKNOWN_REFERENCE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void references_must_exist_and_belong_to_the_caller(String rule, UnaryOperator<AssistantDrafts> change, String key,
                                                       String message) {
        assertThat(violations(change.apply(AssistantDrafts.valid()))).containsOnly(Map.entry(key, List.of(message)));
    }

    @ParameterizedTest
    @ValueSource(longs = {3L, 4L})
    void outbound_assistants_may_use_caller_id_and_held_numbers(long number) {
        assertThat(violations(AssistantDrafts.valid().phoneNumberId(number))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"voiceId, voice_id", "languageId, language_id"})
    void a_reference_the_reader_could_not_read_is_reported_once(String property, String key) {
        Violations unreadable = new Violations().add(FieldPath.of(property), Rule.WRONG_KIND, ValueKind.INTEGER);
        AssistantProfile draft = AssistantDrafts.valid().voiceId(null).languageId(null).build();

        var found = violations(FACTORY, draft, ReferenceFactsFixture.facts(), unreadable);

        assertThat(found).containsEntry(key, List.of("WRONG_KIND(INTEGER)"));
    }

    private static Arguments ref(String name, UnaryOperator<AssistantDrafts> change, String key, String message) {
        return arguments(name, change, key, message);
    }
}
