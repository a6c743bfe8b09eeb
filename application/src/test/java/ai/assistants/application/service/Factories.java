package ai.assistants.application.service;

import ai.assistants.domain.assistant.AssistantFactory;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

/** The domain factory as production wires it: a real Bean Validation engine, built once per test JVM. */
final class Factories {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private Factories() {
    }

    static AssistantFactory assistantFactory() {
        return new AssistantFactory(VALIDATION.getValidator());
    }
}
