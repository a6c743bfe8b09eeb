package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's production runbook, step 2, run as written (bash and curl) against the running
 * server: the operator creates the first account, issues its key, gives it a number, and the key
 * creates an assistant on that number. Step 1 (configuring the operator and starting the server)
 * is what bootstrap/pom.xml does for the end-to-end servers.
 */
class RunbookIT {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern SHELL_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theRunbookProvisionsAnAccountThatCreatesAnAssistant() throws Exception {
        String script = runbookStep(2);

        Process bash = new ProcessBuilder("bash", "-e", "-o", "pipefail", "-c", script)
                .redirectErrorStream(true)
                .start();
        bash.getOutputStream().close();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).as(output).isZero();

        List<String> lines = output.lines().filter(line -> !line.isBlank()).toList();
        long assistantId = parse(lines.get(0)).getJsonObject("data").getJsonNumber("id").longValue();
        Matcher keyLine = Pattern.compile("API key of account (\\d+) \\(shown only once, store it now\\): (\\S+)")
                .matcher(lines.get(lines.size() - 1));
        assertThat(keyLine.matches()).as(output).isTrue();
        String key = keyLine.group(2);

        JsonObject assistant = Api.get("/user/assistant/" + assistantId, key).data();
        assertThat(assistant.getString("name")).isEqualTo("Front desk");
        assertThat(assistant.getString("type")).isEqualTo("inbound");
        JsonObject me = Api.get("/user/me", key).json();
        assertThat(me.getString("name")).isEqualTo("Acme Ltd");
        assertThat(me.getString("email")).isEqualTo("ops@acme.example.com");
        JsonObject number = Api.get("/user/phone-numbers/all", key).json().getJsonArray("data").getJsonObject(0);
        assertThat(number.getString("phone_number")).isEqualTo("+14155550123");
        assertThat(assistant.getJsonNumber("phone_number_id").longValue())
                .isEqualTo(number.getJsonNumber("id").longValue());
        assertThat(Api.get("/user/assistants", key).array()).hasSize(1);
        assertThat(Operators.get("/admin/accounts/" + keyLine.group(1) + "/api-keys").json()
                .getJsonArray("data").getJsonObject(0).getString("label")).isEqualTo("production");
    }

    /** The runbook's {@code n}-th shell block, with the server's address and operator filled in as step 1 would. */
    private static String runbookStep(int n) throws IOException {
        String readme = Files.readString(README);
        String runbook = readme.substring(readme.indexOf("## Production runbook"));
        Matcher blocks = SHELL_BLOCK.matcher(runbook);
        for (int i = 0; i < n; i++) {
            assertThat(blocks.find()).as("shell block " + (i + 1) + " of the runbook").isTrue();
        }
        return "export API='" + Api.uri("") + "' OPERATOR_USER='" + Operators.USER + "' OPERATOR_SECRET='"
                + Operators.PASSWORD + "'\n" + blocks.group(1);
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
