package ai.assistants.domain.midcalltool;

import ai.assistants.domain.assistant.Report;
import ai.assistants.domain.validation.Rule;
import ai.assistants.domain.validation.constraint.Text;
import ai.assistants.domain.validation.constraint.WebUrls;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Each {@code {name}} placeholder of the endpoint names one of the tool's parameters ({@code schema}),
 * which is what the model is asked to fill in; one naming nothing would be sent as it is written.
 * Not judged while the schema itself is refused as a whole (not a list, too many items).
 */
final class PlaceholdersNameParameters implements ToolPolicy {

    @Override
    public void check(MidCallToolDefinition tool, Report report) {
        String endpoint = MidCallToolFields.ENDPOINT.of(tool);
        if (Text.isMissing(endpoint) || report.has(MidCallToolFields.ENDPOINT.path())
                || report.has(MidCallToolFields.SCHEMA.path())) {
            return;
        }
        List<ToolParameter> schema = MidCallToolFields.SCHEMA.of(tool);
        Set<String> parameters = new HashSet<>();
        if (schema != null) {
            schema.stream().filter(Objects::nonNull).map(ToolParameter::name).filter(Objects::nonNull)
                    .forEach(parameters::add);
        }
        if (!parameters.containsAll(WebUrls.placeholders(endpoint))) {
            report.add(MidCallToolFields.ENDPOINT.path(), Rule.UNKNOWN_REFERENCE);
        }
    }
}
