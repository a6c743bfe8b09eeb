package ai.assistants.domain.midcalltool;

import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.validation.FieldPath;
import ai.assistants.domain.validation.InvalidAssistantException;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.ViolationText;
import ai.assistants.domain.validation.Violations;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MidCallToolFactoryTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final MidCallToolFactory FACTORY = new MidCallToolFactory(VALIDATOR, false);
    private static final AccountId OWNER = new AccountId(3);

    private static MidCallToolDefinition tool(String endpoint, List<ToolParameter> schema) {
        return new MidCallToolDefinition("check_order", "Looks up an order", endpoint, HttpMethod.GET, null, null, schema);
    }

    private static Map<String, List<String>> violations(MidCallToolDefinition proposal, boolean nameTaken) {
        try {
            FACTORY.createNew(OWNER, proposal, name -> nameTaken, new Violations());
            return Map.of();
        } catch (InvalidAssistantException invalid) {
            return ViolationText.byKey(invalid.violations());
        }
    }

    @Test
    void appliesTheDefaultsToWhatWasLeftOut() {
        MidCallTool created = FACTORY.createNew(OWNER, tool("https://api.example.com/x", null), name -> false,
                new Violations());

        assertThat(created.definition().timeout()).isEqualTo(10L);
        assertThat(created.definition().headers()).isEmpty();
        assertThat(created.definition().schema()).isEmpty();
    }

    @Test
    void letsPlaceholdersNameOnlyParameters() {
        ToolParameter order = new ToolParameter("order_id", ParameterType.STRING, "The order");

        assertThat(violations(tool("https://api.example.com/orders/{order_id}", List.of(order)), false)).isEmpty();
        assertThat(violations(tool("https://api.example.com/orders/{order_id}", null), false))
                .isEqualTo(Map.of("endpoint", List.of("UNKNOWN_REFERENCE")));
        assertThat(violations(tool("https://{order_id}/orders", List.of(order)), false))
                .as("a placeholder never chooses the host").isEqualTo(Map.of("endpoint", List.of("URL")));
    }

    @Test
    void guardsTheEndpointsHostUnlessPrivateHostsAreAllowed() {
        MidCallToolDefinition local = tool("http://127.0.0.1:8080/orders", null);

        assertThat(violations(local, false)).isEqualTo(Map.of("endpoint", List.of("URL")));
        new MidCallToolFactory(VALIDATOR, true).createNew(OWNER, local, name -> false, new Violations());
    }

    @Test
    void asksWhetherTheNameIsTakenOnlyOfAValidName() {
        assertThat(violations(tool("https://api.example.com/x", null), true)).isEqualTo(Map.of("name", List.of("TAKEN")));
        MidCallToolDefinition badName = new MidCallToolDefinition("Bad", "d", "https://api.example.com/x",
                HttpMethod.GET, null, null, null);
        assertThat(violations(badName, true)).isEqualTo(Map.of("name", List.of("MID_CALL_TOOL_NAME")));
    }

    @Test
    void comparesHeaderNamesIgnoringCase() {
        MidCallToolDefinition twice = new MidCallToolDefinition("check_order", "d", "https://api.example.com/x",
                HttpMethod.POST, 5L, List.of(new ToolHeader("X-Key", "a"), new ToolHeader("x-key", "b")), null);

        assertThat(violations(twice, false)).isEqualTo(Map.of("headers.1.name", List.of("DUPLICATE")));
        assertThat(new ToolHeader("Authorization", "secret").toString()).doesNotContain("secret");
    }

    @Test
    void changesOnlyTheFieldsSentAndJudgesTheResult() {
        MidCallTool stored = MidCallTool.reconstitute(new MidCallToolId(9), OWNER,
                tool("https://api.example.com/orders/{order_id}",
                        List.of(new ToolParameter("order_id", ParameterType.STRING, "The order"))).withDefaults(),
                Instant.EPOCH, Instant.EPOCH);
        MidCallToolDefinition sent = new MidCallToolDefinition(null, null, null, null, null, null, List.of());

        assertThat(FACTORY.change(stored, new MidCallToolChange(sent, Set.of()), name -> false, new Violations()))
                .as("nothing sent, nothing changed").isSameAs(stored);
        MidCallTool timeoutReset = FACTORY.change(stored,
                new MidCallToolChange(sent, Set.of(MidCallToolFields.TIMEOUT.path())), name -> false, new Violations());
        assertThat(timeoutReset).as("null is the default, which is what is stored").isSameAs(stored);
        try {
            FACTORY.change(stored, new MidCallToolChange(sent, Set.of(MidCallToolFields.SCHEMA.path(),
                    MidCallToolFields.NAME.path())), name -> false, new Violations());
            throw new AssertionError("the merged tool breaks two rules");
        } catch (InvalidAssistantException invalid) {
            assertThat(ViolationText.byKey(invalid.violations()))
                    .isEqualTo(Map.of("name", List.of("REQUIRED"), "endpoint", List.of("UNKNOWN_REFERENCE")));
        }
    }

    @Test
    void reportsWhatTheReaderFoundInsteadOfJudgingItAgain() {
        Violations unreadable = new Violations().add(FieldPath.of("timeout"), Rule.WRONG_KIND, Rule.ValueKind.INTEGER);
        try {
            FACTORY.createNew(OWNER, tool("https://api.example.com/x", null), name -> false, unreadable);
            throw new AssertionError("refused");
        } catch (InvalidAssistantException invalid) {
            assertThat(ViolationText.byKey(invalid.violations())).isEqualTo(Map.of("timeout", List.of("WRONG_KIND(INTEGER)")));
        }
    }
}
