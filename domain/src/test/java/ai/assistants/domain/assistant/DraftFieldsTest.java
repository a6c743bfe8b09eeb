package ai.assistants.domain.assistant;

import ai.assistants.domain.assistant.tool.CalendarIntegrationTool;
import ai.assistants.domain.assistant.tool.WarmCallTransferTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every {@link DraftField} names a component of the record its accessor reads, and its accessor
 * reads that very component. Checked on records built reflectively, twice per field: with only the
 * named component set (the accessor must answer exactly that value) and with every component set
 * but the named one (the accessor must answer nothing). Distinct values alone could not tell the
 * many {@code Boolean} components apart; this can.
 */
class DraftFieldsTest {

    static Stream<Arguments> declared() {
        return Arrays.stream(DraftFields.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == DraftField.class)
                .map(field -> arguments(field.getName(), constant(field), recordTypeOf(field)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declared")
    void names_a_component_of_its_record_and_reads_that_component(String constant, DraftField<?, ?> field,
                                                                  Class<?> recordType) {
        assertReadsItsComponent(field, recordType);
    }

    @Test
    void every_constant_is_checked() {
        long constants = Arrays.stream(DraftFields.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && !field.isSynthetic())
                .count();

        assertThat(declared().count()).isPositive().isEqualTo(constants);
    }

    /** Constants a slip of the keyboard could produce; each must be caught. */
    static Stream<Arguments> miswritten() {
        return Stream.of(
                arguments("a name naming no component", new DraftField<>("llmModelld", AssistantDraft::llmModelId),
                        AssistantDraft.class),
                arguments("the name in snake_case", new DraftField<>("llm_model_id", AssistantDraft::llmModelId),
                        AssistantDraft.class),
                arguments("another component's accessor", new DraftField<>("voiceId", AssistantDraft::languageId),
                        AssistantDraft.class),
                arguments("another Boolean's accessor", new DraftField<>("fillers", AssistantDraft::allowInterruptions),
                        AssistantDraft.class),
                arguments("another tool component's accessor",
                        new DraftField<>("callerIdMode", WarmCallTransferTool::customCallerId), WarmCallTransferTool.class),
                arguments("a component of another record", new DraftField<>("calcomEndpoint",
                        (WarmCallTransferTool tool) -> tool.callerIdMode()), WarmCallTransferTool.class),
                arguments("an accessor that reads nothing", new DraftField<>("calcomEndpoint",
                        (CalendarIntegrationTool tool) -> "us"), CalendarIntegrationTool.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("miswritten")
    void a_miswritten_constant_is_caught(String slip, DraftField<?, ?> field, Class<?> recordType) {
        assertThatThrownBy(() -> assertReadsItsComponent(field, recordType)).isInstanceOf(AssertionError.class);
    }

    @SuppressWarnings("unchecked")
    private static void assertReadsItsComponent(DraftField<?, ?> field, Class<?> recordType) {
        assertThat(recordType.isRecord()).as("%s is a record", recordType.getSimpleName()).isTrue();
        RecordComponent[] components = recordType.getRecordComponents();
        int named = indexOf(components, field.property())
                .orElseGet(() -> fail("%s has no component named '%s'; its components are %s", recordType.getSimpleName(),
                        field.property(), Arrays.stream(components).map(RecordComponent::getName).toList()));
        DraftField<Object, ?> read = (DraftField<Object, ?>) field;

        Object[] onlyNamed = new Object[components.length];
        onlyNamed[named] = sampleOf(components[named].getType());
        assertThat(read.of(construct(recordType, onlyNamed)))
                .as("the accessor of '%s' answers the value of that component", field.property())
                .isSameAs(onlyNamed[named]);

        Object[] allButNamed = new Object[components.length];
        for (int index = 0; index < components.length; index++) {
            allButNamed[index] = index == named ? null : sampleOf(components[index].getType());
        }
        assertThat(read.of(construct(recordType, allButNamed)))
                .as("the accessor of '%s' reads no other component", field.property())
                .isNull();
    }

    private static Optional<Integer> indexOf(RecordComponent[] components, String name) {
        for (int index = 0; index < components.length; index++) {
            if (components[index].getName().equals(name)) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }

    /** A fresh, non-null value of {@code type}, not shared with any other sample (bar {@code Boolean.TRUE}). */
    private static Object sampleOf(Class<?> type) {
        Map<Class<?>, Function<Class<?>, Object>> samples = Map.of(
                String.class, t -> new String("sample"),
                Long.class, t -> Long.valueOf(1_000_003L),
                Integer.class, t -> Integer.valueOf(1_000_003),
                Boolean.class, t -> Boolean.TRUE,
                BigDecimal.class, t -> new BigDecimal("0.5"),
                List.class, t -> new ArrayList<>(),
                Map.class, t -> new LinkedHashMap<>(),
                Object.class, t -> new Object());
        Function<Class<?>, Object> sample = samples.get(type);
        if (sample != null) {
            return sample.apply(type);
        }
        if (type.isRecord()) {
            return construct(type, new Object[type.getRecordComponents().length]);
        }
        return fail("no sample value for a component of type %s; add one to this test", type.getName());
    }

    private static Object construct(Class<?> recordType, Object[] values) {
        Class<?>[] types = Arrays.stream(recordType.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            Constructor<?> canonical = recordType.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException("cannot build a " + recordType.getName(), impossible);
        }
    }

    private static DraftField<?, ?> constant(Field field) {
        try {
            field.setAccessible(true);
            return (DraftField<?, ?>) field.get(null);
        } catch (IllegalAccessException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** {@code R} of the constant's declared type {@code DraftField<R, T>}. */
    private static Class<?> recordTypeOf(Field field) {
        ParameterizedType type = (ParameterizedType) field.getGenericType();
        return (Class<?>) type.getActualTypeArguments()[0];
    }
}
