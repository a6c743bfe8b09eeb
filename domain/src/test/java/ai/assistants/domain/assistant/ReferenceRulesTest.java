package ai.assistants.domain.assistant;

import ai.assistants.domain.validation.Messages;
import ai.assistants.domain.validation.Violations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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
                ref("unknown voice", d -> d.voiceId(99L), "voice_id", "The selected voice id is invalid."),
                ref("unknown language", d -> d.languageId(99L), "language_id", Messages.invalidSelection("language_id")),
                ref("unknown llm", d -> d.llmModelId(99L), "llm_model_id", Messages.invalidSelection("llm_model_id")),
                ref("unknown secondary", d -> d.secondaryLanguageIds(List.of(2L, 99L)), "secondary_language_ids.1",
                        Messages.invalidSelection("secondary_language_ids.1")),
                ref("secondary has primary", d -> d.secondaryLanguageIds(List.of(2L, 1L)), "secondary_language_ids",
                        "The secondary language ids field must not contain the primary language."),
                ref("synthesizer unknown", d -> d.synthesizerProviderId(5L), "synthesizer_provider_id",
                        Messages.invalidSelection("synthesizer_provider_id")),
                ref("synthesizer lacks language", d -> d.synthesizerProviderId(9L), "synthesizer_provider_id",
                        Messages.invalidSelection("synthesizer_provider_id")),
                ref("transcriber lacks language", d -> d.languageId(2L).transcriberProviderId(2L), "transcriber_provider_id",
                        Messages.invalidSelection("transcriber_provider_id")),
                ref("phone not owned", d -> d.phoneNumberId(99L), "phone_number_id", Messages.invalidSelection("phone_number_id")),
                ref("caller id inbound", d -> d.type("inbound").phoneNumberId(3L), "phone_number_id",
                        "Caller ID numbers cannot be assigned to inbound assistants."),
                ref("number held", d -> d.type("inbound").phoneNumberId(4L), "phone_number_id",
                        "The selected phone number is already assigned to another inbound assistant."),
                ref("tool not owned", d -> d.toolIds(List.of(1L, 99L)), "tool_ids.1", Messages.invalidSelection("tool_ids.1")),
                ref("knowledgebase not owned", d -> d.knowledgebaseId(99L), "knowledgebase_id",
                        Messages.invalidSelection("knowledgebase_id")),
                ref("fallback not an llm", d -> d.mode("multimodal").voiceId(3L).llmModelId(null).multimodalModelId(2L)
                        .chatLlmFallbackId(99L), "chat_llm_fallback_id", Messages.invalidSelection("chat_llm_fallback_id")));
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
    @ValueSource(strings = {"voice_id", "language_id"})
    void a_reference_the_reader_could_not_read_is_reported_once(String key) {
        Violations unreadable = new Violations().add(key, Messages.wrongKind(key, Messages.ValueKind.INTEGER));
        AssistantDraft draft = AssistantDrafts.valid().voiceId(null).languageId(null).build();

        var found = violations(FACTORY, draft, ReferenceFactsFixture.facts(), unreadable);

        assertThat(found).containsEntry(key, List.of(Messages.wrongKind(key, Messages.ValueKind.INTEGER)));
    }

    private static Arguments ref(String name, UnaryOperator<AssistantDrafts> change, String key, String message) {
        return arguments(name, change, key, message);
    }
}
