package ai.assistants.adapters.rest.openapi;

import ai.assistants.adapters.rest.contract.AssistantRequest;
import ai.assistants.adapters.rest.contract.WireFields;
import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.code.ContractCode;
import ai.assistants.domain.assistant.tool.BuiltInTool;
import ai.assistants.domain.assistant.tool.BuiltInToolType;
import ai.assistants.adapters.rest.contract.FieldKeys;
import ai.assistants.domain.validation.constraint.Between;
import ai.assistants.domain.validation.constraint.CodePoints;
import ai.assistants.domain.code.Codes;
import ai.assistants.domain.validation.constraint.Distinct;
import ai.assistants.domain.validation.constraint.TimeZoneId;
import ai.assistants.domain.validation.constraint.WebUrl;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * OpenAPI schemas of the records a request is bound to, derived from the same records and the
 * same names the binder uses, with the ranges the domain declares as Bean Validation
 * constraints. Nothing here restates a field or a rule; a record that gains a field gains it here.
 */
final class RecordSchemas {

    private static final String REF_PREFIX = "#/components/schemas/";

    private final Components components;

    RecordSchemas(Components components) {
        this.components = components;
    }

    /** Registers {@code type} (and every record it holds) as a component; returns a reference to it. */
    Schema register(String name, Class<?> type) {
        if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
            components.addSchema(name, OASFactory.createSchema()); // reserve the name: records may nest
            components.addSchema(name, objectOf(type));
        }
        return OASFactory.createSchema().ref(REF_PREFIX + name);
    }

    private Schema objectOf(Class<?> type) {
        Schema object = OASFactory.createSchema().addType(SchemaType.OBJECT).additionalPropertiesBoolean(false);
        for (RecordComponent wire : type.getRecordComponents()) {
            String name = FieldKeys.snakeCase(wire.getName());
            // The request's fields carry no rules of their own: each is declared where the domain keeps it.
            Declared at = type == AssistantRequest.class ? Declared.inProfile(wire.getName()) : new Declared(type, wire, null);
            List<AnnotatedElement> declared = declarations(at.record(), at.component());
            Schema property = constrained(schemaOf(wire.getGenericType()), declared);
            constrainTypeArguments(property, at.component().getAnnotatedType());
            at.defaultValue().ifPresent(value -> property.defaultValue(value));
            object.addProperty(name, property);
            if (has(declared, NotNull.class) || has(declared, NotBlank.class)) {
                object.addRequired(name);
            }
        }
        return object;
    }

    private Schema schemaOf(Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return scalar(SchemaType.STRING);
        }
        if (raw.isEnum() && ContractCode.class.isAssignableFrom(raw)) {
            return scalar(SchemaType.STRING).enumeration(List.copyOf(Codes.all(raw.asSubclass(ContractCode.class))));
        }
        if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class) {
            return scalar(SchemaType.INTEGER).format("int64");
        }
        if (raw == BigDecimal.class) {
            return scalar(SchemaType.NUMBER);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return scalar(SchemaType.BOOLEAN);
        }
        if (raw == List.class) {
            return scalar(SchemaType.ARRAY).items(schemaOf(((ParameterizedType) type).getActualTypeArguments()[0]));
        }
        if (raw == Map.class) {
            return scalar(SchemaType.OBJECT).additionalPropertiesSchema(OASFactory.createSchema()
                    .addType(SchemaType.STRING).addType(SchemaType.NUMBER).addType(SchemaType.BOOLEAN));
        }
        if (raw == BuiltInTool.class) {
            return anyBuiltInTool();
        }
        if (raw.isRecord()) {
            return register(raw.getSimpleName(), raw);
        }
        throw new IllegalStateException("No schema for " + type);
    }

    /** One of the built-in tools, told apart by {@code type}. */
    private Schema anyBuiltInTool() {
        Schema tool = OASFactory.createSchema();
        for (BuiltInToolType type : BuiltInToolType.values()) {
            Schema fields = register(type.valueType().getSimpleName(), type.valueType());
            Schema typed = OASFactory.createSchema().addType(SchemaType.OBJECT).addRequired("type")
                    .addProperty("type", scalar(SchemaType.STRING).constValue(type.code()));
            tool.addOneOf(OASFactory.createSchema().addAllOf(typed).addAllOf(fields));
        }
        return tool;
    }

    /** Rules on a list's items ({@code List<@CodePoints(max = 50) String>}) or a map's keys and values. */
    private static void constrainTypeArguments(Schema property, AnnotatedType type) {
        if (!(type instanceof AnnotatedParameterizedType parameterized)) {
            return;
        }
        AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
        if (arguments.length == 1 && property.getItems() != null && property.getItems().getRef() == null) {
            constrained(property.getItems(), List.of(arguments[0]));
        } else if (arguments.length == 2) {
            Schema names = scalar(SchemaType.STRING);
            constrained(names, List.of(arguments[0]));
            if (names.getPattern() != null) {
                property.propertyNames(names);
            }
            constrained(property.getAdditionalPropertiesSchema(), List.of(arguments[1]));
        }
    }

    private static Schema constrained(Schema schema, List<? extends AnnotatedElement> declared) {
        for (AnnotatedElement element : declared) {
            for (Annotation annotation : element.getAnnotations()) {
                apply(schema, annotation);
            }
        }
        return schema;
    }

    private static void apply(Schema schema, Annotation annotation) {
        if (!applyDomainRule(schema, annotation)) {
            applyStandardRule(schema, annotation);
        }
    }

    /** The domain's own constraints, read from the same annotations its validators are built from. */
    private static boolean applyDomainRule(Schema schema, Annotation annotation) {
        if (annotation instanceof CodePoints length) {
            schema.minLength(length.min() > 0 ? length.min() : null).maxLength(length.max());
        } else if (annotation instanceof Between between) {
            schema.minimum(new BigDecimal(between.min())).maximum(new BigDecimal(between.max()));
        } else if (annotation instanceof Distinct) {
            if (schema.getItems() != null && schema.getItems().getRef() == null) {
                schema.uniqueItems(true);
            }
        } else if (annotation instanceof WebUrl url) {
            schema.format("uri").description("An absolute " + String.join(" or ", url.schemes()) + " URL");
        } else if (annotation instanceof TimeZoneId) {
            schema.description("An IANA time zone database id, such as Europe/Bucharest or UTC");
        } else {
            return false;
        }
        return true;
    }

    private static void applyStandardRule(Schema schema, Annotation annotation) {
        boolean array = schema.getType() != null && schema.getType().contains(SchemaType.ARRAY);
        boolean object = schema.getType() != null && schema.getType().contains(SchemaType.OBJECT);
        if (annotation instanceof Size size) {
            if (array) {
                schema.maxItems(size.max() == Integer.MAX_VALUE ? null : size.max());
            } else if (object) {
                schema.maxProperties(size.max() == Integer.MAX_VALUE ? null : size.max());
            } else {
                schema.maxLength(size.max() == Integer.MAX_VALUE ? null : size.max());
                schema.minLength(size.min() == 0 ? null : size.min());
            }
        } else if (annotation instanceof Min min) {
            schema.minimum(BigDecimal.valueOf(min.value()));
        } else if (annotation instanceof Max max) {
            schema.maximum(BigDecimal.valueOf(max.value()));
        } else if (annotation instanceof DecimalMin min) {
            schema.minimum(new BigDecimal(min.value()));
        } else if (annotation instanceof DecimalMax max) {
            schema.maximum(new BigDecimal(max.value()));
        } else if (annotation instanceof Pattern pattern) {
            schema.pattern("^(?:" + pattern.regexp() + ")$"); // the rule matches the whole value
        }
    }

    /** Constraints on a record component land on its field, accessor or constructor parameter. */
    private static List<AnnotatedElement> declarations(Class<?> type, RecordComponent component) {
        Stream<AnnotatedElement> field;
        try {
            field = Stream.of(type.getDeclaredField(component.getName()));
        } catch (NoSuchFieldException impossible) {
            field = Stream.empty();
        }
        return Stream.concat(field, Stream.of(component.getAccessor(), component)).toList();
    }

    private static boolean has(List<AnnotatedElement> declared, Class<? extends Annotation> annotation) {
        return declared.stream().anyMatch(element -> element.isAnnotationPresent(annotation));
    }

    /**
     * Where a field's rules are declared: the record and component the domain keeps it in, and the
     * default its group applies, if any.
     */
    private record Declared(Class<?> record, RecordComponent component, Object defaults) {

        static Declared inProfile(String wireName) {
            RecordComponent declaration = WireFields.declaration(wireName);
            Class<?> record = declaration.getDeclaringRecord();
            return new Declared(record, declaration, record == AssistantProfile.class ? null : groupDefaults(record));
        }

        java.util.Optional<Object> defaultValue() {
            if (defaults == null) {
                return java.util.Optional.empty();
            }
            try {
                Object value = component.getAccessor().invoke(defaults);
                return java.util.Optional.ofNullable(value instanceof ContractCode code ? code.code() : value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read the default of " + component, e);
            }
        }

        /** A group's {@code DEFAULTS}, the values it applies to what a caller left out; {@code null} when it has none. */
        private static Object groupDefaults(Class<?> group) {
            try {
                return group.getField("DEFAULTS").get(null);
            } catch (NoSuchFieldException none) {
                return null;
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("A group's DEFAULTS are public", e);
            }
        }
    }

    private static Schema scalar(SchemaType type) {
        return OASFactory.createSchema().addType(type);
    }
}
