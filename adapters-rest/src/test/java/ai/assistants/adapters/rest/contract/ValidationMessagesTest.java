package ai.assistants.adapters.rest.contract;

import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.Rule.ValueKind;
import ai.assistants.domain.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every rule's message against the contract's literal text (CONTRACT.md, "Validation messages"
 * and the sections that name their own), written here by hand, never taken from the code.
 */
class ValidationMessagesTest {

    private static final FieldPath VOICE_ID = FieldPath.of("voiceId");

    static Stream<Arguments> contractTexts() {
        return Stream.of(
                arguments(Violation.of(FieldPath.of("name"), Rule.REQUIRED), "The name field is required."),
                arguments(Violation.of(VOICE_ID, Rule.WRONG_KIND, ValueKind.STRING), "The voice id field must be a string."),
                arguments(Violation.of(VOICE_ID, Rule.WRONG_KIND, ValueKind.INTEGER), "The voice id field must be an integer."),
                arguments(Violation.of(VOICE_ID, Rule.WRONG_KIND, ValueKind.NUMBER), "The voice id field must be a number."),
                arguments(Violation.of(VOICE_ID, Rule.WRONG_KIND, ValueKind.BOOLEAN), "The voice id field must be true or false."),
                arguments(Violation.of(VOICE_ID, Rule.WRONG_KIND, ValueKind.ARRAY), "The voice id field must be an array."),
                arguments(Violation.of(VOICE_ID, Rule.WRONG_KIND, ValueKind.OBJECT), "The voice id field must be an object."),
                arguments(Violation.of(FieldPath.root().key("colour"), Rule.NOT_SUPPORTED), "The colour field is not supported."),
                arguments(Violation.of(FieldPath.of("initialMessage"), Rule.MAX_LENGTH, 200),
                        "The initial message field must not be greater than 200 characters."),
                arguments(Violation.of(FieldPath.of("postCallSchema").index(1).property("description"), Rule.LENGTH_BETWEEN, 3, 255),
                        "The post call schema.1.description field must be between 3 and 255 characters."),
                arguments(Violation.of(FieldPath.of("speechSpeed"), Rule.BETWEEN, "0.7", "1.2"),
                        "The speech speed field must be between 0.7 and 1.2."),
                arguments(Violation.of(FieldPath.root().key("page"), Rule.AT_LEAST, 1L), "The page field must be at least 1."),
                arguments(Violation.of(FieldPath.root().key("per_page"), Rule.BETWEEN, 1, 100),
                        "The per page field must be between 1 and 100."),
                arguments(Violation.of(FieldPath.of("type"), Rule.NOT_ONE_OF), "The selected type is invalid."),
                arguments(Violation.of(FieldPath.of("toolIds").index(0), Rule.UNKNOWN_REFERENCE), "The selected tool ids.0 is invalid."),
                arguments(Violation.of(FieldPath.of("timezone"), Rule.TIMEZONE), "The timezone field must be a valid timezone."),
                arguments(Violation.of(FieldPath.of("webhookUrl"), Rule.URL), "The webhook url field must be a valid URL."),
                arguments(Violation.of(FieldPath.of("tools").index(0).property("phoneNumber"), Rule.PHONE),
                        "The tools.0.phone number field must be a valid E.164 phone number."),
                arguments(Violation.of(FieldPath.of("variables").key("bad-key"), Rule.FORMAT),
                        "The variables.bad-key field format is invalid."),
                arguments(Violation.of(FieldPath.of("toolIds").index(1), Rule.DUPLICATE), "The tool ids.1 field has a duplicate value."),
                arguments(Violation.of(FieldPath.of("name"), Rule.MID_CALL_TOOL_NAME),
                        "Tool name must contain only lowercase letters and underscores, and start with a letter."),
                arguments(Violation.of(FieldPath.of("name"), Rule.TAKEN), "The name has already been taken."),
                arguments(Violation.of(FieldPath.of("toolIds"), Rule.TOO_MANY, 50), "The tool ids field must not have more than 50 items."),
                arguments(Violation.of(FieldPath.of("labelIds").index(1), Rule.DUPLICATE), "The label ids.1 field has a duplicate value."),
                arguments(Violation.of(FieldPath.of("folderId"), Rule.UNKNOWN_REFERENCE), "The selected folder id is invalid."),
                arguments(Violation.of(FieldPath.of("multimodalModelId"), Rule.REQUIRED_WHEN, FieldPath.of("mode"), "multimodal"),
                        "The multimodal model id field is required when mode is multimodal."),
                arguments(Violation.of(FieldPath.of("knowledgebaseId"), Rule.REQUIRED_WITH, FieldPath.of("knowledgebaseMode")),
                        "The knowledgebase id field is required when knowledgebase mode is present."),
                arguments(Violation.of(FieldPath.of("llmModelId"), Rule.PROHIBITED_IN_MODE, "dualplex"),
                        "The llm model id field is prohibited when mode is dualplex."),
                arguments(Violation.of(FieldPath.of("fillers"), Rule.FILLERS_PIPELINE_ONLY), "Fillers are only available in pipeline mode."),
                arguments(Violation.of(FieldPath.of("allowInterruptions"), Rule.INTERRUPTIONS_REQUIRED, "multimodal"),
                        "Interruptions cannot be disabled in multimodal mode."),
                arguments(Violation.of(FieldPath.of("knowledgebaseMode"), Rule.FUNCTION_CALL_ONLY, "dualplex"),
                        "Only function_call mode is available for dualplex assistants."),
                arguments(Violation.of(VOICE_ID, Rule.VOICE_NOT_COMPATIBLE),
                        "The selected voice is not compatible with the chosen engine type."),
                arguments(Violation.of(FieldPath.of("secondaryLanguageIds"), Rule.SECONDARY_CONTAINS_PRIMARY),
                        "The secondary language ids field must not contain the primary language."),
                arguments(Violation.of(FieldPath.of("phoneNumberId"), Rule.CALLER_ID_NOT_INBOUND),
                        "Caller ID numbers cannot be assigned to inbound assistants."),
                arguments(Violation.of(FieldPath.of("phoneNumberId"), Rule.PHONE_NUMBER_TAKEN),
                        "The selected phone number is already assigned to another inbound assistant."),
                arguments(Violation.of(FieldPath.of("status"), Rule.INBOUND_NEEDS_PHONE_NUMBER),
                        "An inbound assistant needs a phone number before it can be activated."),
                arguments(Violation.of(FieldPath.of("phoneNumber"), Rule.TAKEN), "The phone number has already been taken."));
    }

    @ParameterizedTest
    @MethodSource("contractTexts")
    void renders_the_contracts_text(Violation violation, String contractText) {
        assertThat(ValidationMessages.of(violation)).isEqualTo(contractText);
    }

    @Test
    void every_rule_has_its_text_pinned_here() {
        Set<Rule> pinned = contractTexts().map(row -> ((Violation) row.get()[0]).rule())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));

        assertThat(pinned).containsExactlyInAnyOrder(Rule.values());
    }

    @Test
    void keys_keep_map_keys_as_sent_and_snake_case_field_names() {
        assertThat(FieldKeys.of(FieldPath.of("variables").key("companyName"))).isEqualTo("variables.companyName");
        assertThat(FieldKeys.of(FieldPath.of("tools").index(3).property("customCallerId"))).isEqualTo("tools.3.custom_caller_id");
    }
}
