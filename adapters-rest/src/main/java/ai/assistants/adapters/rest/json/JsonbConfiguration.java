package ai.assistants.adapters.rest.json;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * How every response is written: the contract's snake_case names, and a field that was never
 * set written as {@code null} rather than left out.
 */
@Provider
@ApplicationScoped
public class JsonbConfiguration implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = create();

    public static Jsonb create() {
        return JsonbBuilder.create(new JsonbConfig()
                .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
                .withNullValues(true));
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
