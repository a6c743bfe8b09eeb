package ai.assistants.adapters.rest.json;

import ai.assistants.adapters.rest.http.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NoSuchElementException;

/** Reads a request body as exactly one JSON object, or says why the body is not one. */
@ApplicationScoped
public class JsonBodyParser {

    // Looking the provider up is a service-loader scan: do it once, not per request
    private final JsonParserFactory parsers = JsonProvider.provider().createParserFactory(Map.of());

    public JsonObject parseObject(InputStream body) {
        JsonValue value = readSingleValue(strictUtf8(body));
        if (value instanceof JsonObject object) {
            return object;
        }
        throw ApiException.notAJsonObject();
    }

    private JsonValue readSingleValue(Reader text) {
        try (JsonParser parser = parsers.createParser(text)) {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw ApiException.malformedJson();
            }
            return value;
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw ApiException.malformedJson();
        } catch (ApiException tooLarge) {
            throw tooLarge;
        } catch (RuntimeException beyondTheParsersLimits) {
            // Valid JSON the parser cannot hold: an exponent beyond 32 bits (NumberFormatException)
            // or nesting deeper than its limit (a bare RuntimeException). Neither can be a request.
            throw ApiException.malformedJson();
        }
    }

    /** Bytes that are not UTF-8 make the body malformed instead of turning silently into U+FFFD. */
    private static Reader strictUtf8(InputStream body) {
        return new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder());
    }
}
