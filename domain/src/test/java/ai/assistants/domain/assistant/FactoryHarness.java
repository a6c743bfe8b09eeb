package ai.assistants.domain.assistant;

import ai.assistants.domain.reference.ReferenceFacts;
import ai.assistants.domain.validation.InvalidAssistantException;
import ai.assistants.domain.validation.ViolationText;
import ai.assistants.domain.validation.Violations;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.util.List;
import java.util.Map;

/**
 * Runs the factory with Hibernate Validator, the engine the server also uses. Violations come back
 * as {@link ViolationText}: the domain path as a key ({@code engine.llm_model_id}), and each rule with its arguments ({@code MAX_LENGTH(255)}).
 */
final class FactoryHarness {

    static final AccountId OWNER = new AccountId(7L);
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    static final Validator VALIDATOR = VALIDATION.getValidator();
    static final AssistantFactory FACTORY = new AssistantFactory(VALIDATOR);

    private FactoryHarness() {
    }

    static Map<String, List<String>> violations(AssistantDrafts draft) {
        return violations(FACTORY, draft.build(), ReferenceFactsFixture.facts(), new Violations());
    }

    static Map<String, List<String>> violations(AssistantFactory factory, AssistantProfile proposal, ReferenceFacts facts,
                                                Violations unreadable) {
        try {
            factory.createNew(OWNER, proposal, facts, unreadable);
            return Map.of();
        } catch (InvalidAssistantException invalid) {
            return ViolationText.byKey(invalid.violations());
        }
    }
}
