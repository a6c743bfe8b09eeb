package ai.assistants.domain.assistant;

import ai.assistants.domain.assistant.tool.CalcomEndpoint;
import ai.assistants.domain.assistant.tool.CalendarIntegrationTool;
import ai.assistants.domain.assistant.tool.WarmCallTransferTool;
import ai.assistants.domain.validation.FieldPath;
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
 * Every {@link ProfileField} names a real path of the record its accessor reads, and its accessor
 * reads the value at that very path. The path's property segments (one, or a group and a field) are
 * walked through record components by reflection. Checked three times per field, on records built
 * reflectively: on a fully populated record, the accessor answers the value found by walking the
 * path; with only the value at the path set (every other component, and every other component of its
 * group, {@code null}), the accessor answers exactly that value; with every value set but the one at
 * the path, the accessor answers nothing. Distinct values alone could not tell the many
 * {@code Boolean} components apart; the last two can.
 */
class ProfileFieldsTest {

    static Stream<Arguments> declared() {
        return Arrays.stream(ProfileFields.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == ProfileField.class)
                .map(field -> arguments(field.getName(), constant(field), recordTypeOf(field)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declared")
    void names_a_path_of_its_record_and_reads_the_value_there(String constant, ProfileField<?, ?> field,
                                                              Class<?> recordType) {
        assertReadsItsPath(field, recordType);
    }

    @Test
    void every_group_of_the_profile_is_checked_and_read_where_its_path_says() {
        AssistantProfile full = AssistantDrafts.full().build();
        List<String> groups = ProfileFields.GROUPS.stream()
                .map(group -> ((FieldPath.Property) group.path().segments().get(0)).name()).toList();
        List<String> recordComponents = Arrays.stream(AssistantProfile.class.getRecordComponents())
                .filter(component -> component.getType().isRecord()).map(RecordComponent::getName).toList();

        assertThat(groups).containsExactlyInAnyOrderElementsOf(recordComponents);
        for (ProfileFields.Group<?> group : ProfileFields.GROUPS) {
            assertThat(group.path().segments()).hasSize(1);
            assertThat(group.of(full)).as(group.path().toString())
                    .isSameAs(readComponent(full, ((FieldPath.Property) group.path().segments().get(0)).name()));
        }
    }

    private static Object readComponent(Object record, String name) {
        try {
            return record.getClass().getMethod(name).invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(name, e);
        }
    }

    @Test
    void every_constant_is_checked() {
        List<Field> statics = Arrays.stream(ProfileFields.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && !field.isSynthetic())
                .toList();
        List<Field> groups = statics.stream().filter(field -> field.getType() == FieldPath.class).toList();
        long lists = statics.stream().filter(field -> field.getType() == List.class).count();

        assertThat(declared().count()).isPositive().isEqualTo(statics.size() - groups.size() - lists);
        for (Field group : groups) {
            FieldPath path = (FieldPath) value(group);
            assertThat(path.segments()).as(group.getName()).hasSize(1);
            String name = ((FieldPath.Property) path.segments().get(0)).name();
            RecordComponent component = indexOf(AssistantProfile.class.getRecordComponents(), name)
                    .map(index -> AssistantProfile.class.getRecordComponents()[index])
                    .orElseGet(() -> fail("the group %s names no component of AssistantProfile: '%s'", group.getName(), name));
            assertThat(component.getType().isRecord()).as("the group '%s' is a record", name).isTrue();
        }
    }

    /** Constants a slip of the keyboard could produce; each must be caught. */
    static Stream<Arguments> miswritten() {
        FieldPath engine = FieldPath.of("engine");
        return Stream.of(
                arguments("a name naming no component",
                        field(engine.property("llmModelld"), p -> p.engine().llmModelId()), AssistantProfile.class),
                arguments("the name in snake_case",
                        field(engine.property("llm_model_id"), p -> p.engine().llmModelId()), AssistantProfile.class),
                arguments("a grouped field named without its group",
                        field(FieldPath.of("llmModelId"), p -> p.engine().llmModelId()), AssistantProfile.class),
                arguments("a grouped field named in another group",
                        field(FieldPath.of("timing").property("llmModelId"), p -> p.engine().llmModelId()),
                        AssistantProfile.class),
                arguments("a group naming no component",
                        field(FieldPath.of("engines").property("llmModelId"), p -> p.engine().llmModelId()),
                        AssistantProfile.class),
                arguments("a path below a value that is no record",
                        field(FieldPath.of("name").property("value"), p -> p.name()), AssistantProfile.class),
                arguments("another component's accessor",
                        field(FieldPath.of("voiceId"), AssistantProfile::languageId), AssistantProfile.class),
                arguments("another Boolean's accessor",
                        field(FieldPath.of("call").property("fillers"), p -> p.call().allowInterruptions()),
                        AssistantProfile.class),
                arguments("the same field of another group's accessor",
                        field(FieldPath.of("webhooks").property("isWebhookActive"), p -> p.call().record()),
                        AssistantProfile.class),
                arguments("another tool component's accessor",
                        new ProfileField<>(FieldPath.of("callerIdMode"), WarmCallTransferTool::customCallerId),
                        WarmCallTransferTool.class),
                arguments("a component of another record", new ProfileField<>(FieldPath.of("calcomEndpoint"),
                        (WarmCallTransferTool tool) -> tool.callerIdMode()), WarmCallTransferTool.class),
                arguments("an accessor that reads nothing", new ProfileField<>(FieldPath.of("calcomEndpoint"),
                        (CalendarIntegrationTool tool) -> CalcomEndpoint.US), CalendarIntegrationTool.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("miswritten")
    void a_miswritten_constant_is_caught(String slip, ProfileField<?, ?> field, Class<?> recordType) {
        assertThatThrownBy(() -> assertReadsItsPath(field, recordType)).isInstanceOf(AssertionError.class);
    }

    private static <T> ProfileField<AssistantProfile, T> field(FieldPath path, Function<AssistantProfile, T> read) {
        return new ProfileField<>(path, read);
    }

    @SuppressWarnings("unchecked")
    private static void assertReadsItsPath(ProfileField<?, ?> field, Class<?> recordType) {
        assertThat(recordType.isRecord()).as("%s is a record", recordType.getSimpleName()).isTrue();
        List<String> path = properties(field.path());
        ProfileField<Object, ?> read = (ProfileField<Object, ?>) field;

        Object full = populated(recordType, path, null, false);
        assertThat(read.of(full)).as("the accessor of '%s' answers the value at that path", field.path())
                .isSameAs(walk(full, path));

        Object sample = sampleOf(leafType(recordType, path));
        assertThat(read.of(populated(recordType, path, sample, true)))
                .as("the accessor of '%s' answers the value at that path when only it is set", field.path())
                .isSameAs(sample);

        assertThat(read.of(populated(recordType, path, null, false)))
                .as("the accessor of '%s' reads nothing but the value at that path", field.path())
                .isNull();
    }

    /** The path's property names; a field's path holds nothing else. */
    private static List<String> properties(FieldPath path) {
        assertThat(path.segments()).as("the path %s", path).isNotEmpty()
                .allMatch(segment -> segment instanceof FieldPath.Property, "a property");
        return path.segments().stream().map(segment -> ((FieldPath.Property) segment).name()).toList();
    }

    /** The type of the component at {@code path}, failing when a segment names no component of its record. */
    private static Class<?> leafType(Class<?> recordType, List<String> path) {
        Class<?> type = recordType;
        for (String name : path) {
            type = componentNamed(type, name).getType();
        }
        return type;
    }

    private static RecordComponent componentNamed(Class<?> recordType, String name) {
        if (!recordType.isRecord()) {
            return fail("'%s' is below a %s, which is no record", name, recordType.getSimpleName());
        }
        RecordComponent[] components = recordType.getRecordComponents();
        return indexOf(components, name).map(index -> components[index])
                .orElseGet(() -> fail("%s has no component named '%s'; its components are %s", recordType.getSimpleName(),
                        name, Arrays.stream(components).map(RecordComponent::getName).toList()));
    }

    /** The value at {@code path}, read component by component. */
    private static Object walk(Object record, List<String> path) {
        Object value = record;
        for (String name : path) {
            assertThat(value).as("the value holding '%s'", name).isNotNull();
            try {
                value = componentNamed(value.getClass(), name).getAccessor().invoke(value);
            } catch (ReflectiveOperationException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return value;
    }

    /**
     * A {@code recordType} holding {@code leaf} at {@code path}. With {@code onlyPath}, every other
     * component is {@code null}; without, every other component holds a fresh sample, records fully
     * populated in turn.
     */
    private static Object populated(Class<?> recordType, List<String> path, Object leaf, boolean onlyPath) {
        componentNamed(recordType, path.get(0));
        RecordComponent[] components = recordType.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int index = 0; index < components.length; index++) {
            RecordComponent component = components[index];
            if (component.getName().equals(path.get(0))) {
                values[index] = path.size() == 1 ? leaf
                        : populated(component.getType(), path.subList(1, path.size()), leaf, onlyPath);
            } else {
                values[index] = onlyPath ? null : sampleOf(component.getType());
            }
        }
        return construct(recordType, values);
    }

    private static Optional<Integer> indexOf(RecordComponent[] components, String name) {
        for (int index = 0; index < components.length; index++) {
            if (components[index].getName().equals(name)) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }

    /**
     * A fresh, non-null value of {@code type}, not shared with any other sample (bar {@code Boolean.TRUE}
     * and enum constants); a record is fully populated.
     */
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
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[constants.length - 1];
        }
        if (type.isRecord()) {
            Object[] values = Arrays.stream(type.getRecordComponents()).map(c -> sampleOf(c.getType())).toArray();
            return construct(type, values);
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

    private static ProfileField<?, ?> constant(Field field) {
        return (ProfileField<?, ?>) value(field);
    }

    private static Object value(Field field) {
        try {
            field.setAccessible(true);
            return field.get(null);
        } catch (IllegalAccessException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** {@code R} of the constant's declared type {@code ProfileField<R, T>}. */
    private static Class<?> recordTypeOf(Field field) {
        ParameterizedType type = (ParameterizedType) field.getGenericType();
        return (Class<?>) type.getActualTypeArguments()[0];
    }
}
