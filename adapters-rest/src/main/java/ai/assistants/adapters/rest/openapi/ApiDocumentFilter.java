package ai.assistants.adapters.rest.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The last pass over {@code /openapi}, for what no annotation can say: the answers every operation
 * shares ({@link SharedAnswers}), that an answer always sends every field, and null written the
 * OpenAPI 3.1 way where the scanner gets it wrong. Named in
 * {@code bootstrap/src/main/openapi/openapi.properties} as {@code mp.openapi.filter}: the build runs it.
 *
 * <p>Which field may be null is said once, on the field ({@code @Schema(nullable = true)}); for a
 * field that refers to a named schema the scanner keeps that only when a {@code type} comes with it
 * ({@code @Schema(ref = ..., type = SchemaType.STRING, nullable = true)}).
 */
public class ApiDocumentFilter implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public Schema filterSchema(Schema schema) {
        List<SchemaType> types = schema.getType();
        boolean nullable = types != null && types.contains(SchemaType.NULL);
        if (nullable && schema.getRef() != null) {
            // next to a $ref, "type" only narrows what the referred schema allows, so null needs its own branch
            Schema referred = OASFactory.createSchema().ref(schema.getRef());
            schema.setRef(null);
            schema.setType(null);
            schema.setAnyOf(List.of(referred, nullOnly()));
        } else if (types != null && !nullable && anyOfAllowsNull(schema)) {
            // the scanner writes a nullable record as its "type" beside anyOf [record, null]: that "type" refuses null
            schema.setType(null);
        }
        if (nullable && schema.getEnumeration() != null && !schema.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(schema.getEnumeration());
            values.add(null); // "enum" is checked on its own: a null it does not list is refused
            schema.setEnumeration(values);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI document) {
        SharedAnswers.attach(document);
        everyFieldOfAnAnswerIsSent(document);
    }

    /**
     * JSON-B writes every field of an answer, null or not (JsonbConfiguration), so each property of a
     * schema that only answers use is required; a schema that requests use too keeps the request's rules.
     */
    private static void everyFieldOfAnAnswerIsSent(OpenAPI document) {
        if (document.getPaths() == null || document.getComponents() == null
                || document.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> named = document.getComponents().getSchemas();
        Set<String> answers = new HashSet<>();
        Set<String> requests = new HashSet<>();
        document.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            responseSchemas(operation).forEach(schema -> reach(schema, named, answers));
            requestSchemas(operation).forEach(schema -> reach(schema, named, requests));
        }));
        answers.removeAll(requests);
        for (String name : answers) {
            Schema schema = named.get(name);
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    private static Stream<Schema> responseSchemas(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return Stream.empty();
        }
        return operation.getResponses().getAPIResponses().values().stream()
                .flatMap(response -> contentSchemas(response.getContent()));
    }

    private static Stream<Schema> requestSchemas(Operation operation) {
        Stream<Schema> body = operation.getRequestBody() == null ? Stream.empty()
                : contentSchemas(operation.getRequestBody().getContent());
        Stream<Schema> parameters = operation.getParameters() == null ? Stream.empty()
                : operation.getParameters().stream().map(Parameter::getSchema);
        return Stream.concat(body, parameters);
    }

    private static Stream<Schema> contentSchemas(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return Stream.empty();
        }
        return content.getMediaTypes().values().stream().map(mediaType -> mediaType.getSchema());
    }

    /** Adds the names of every component {@code schema} refers to, however deep. */
    private static void reach(Schema schema, Map<String, Schema> named, Set<String> reached) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
            String name = schema.getRef().substring(SCHEMAS.length());
            if (reached.add(name)) {
                reach(named.get(name), named, reached);
            }
        }
        Consumer<Schema> deeper = inner -> reach(inner, named, reached);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(deeper);
        }
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                .filter(branches -> branches != null).forEach(branches -> branches.forEach(deeper));
        deeper.accept(schema.getItems());
        deeper.accept(schema.getAdditionalPropertiesSchema());
        deeper.accept(schema.getNot());
    }

    private static boolean anyOfAllowsNull(Schema schema) {
        return schema.getAnyOf() != null && schema.getAnyOf().stream()
                .anyMatch(branch -> branch.getType() != null && branch.getType().equals(List.of(SchemaType.NULL)));
    }

    private static Schema nullOnly() {
        return OASFactory.createSchema().addType(SchemaType.NULL);
    }
}
