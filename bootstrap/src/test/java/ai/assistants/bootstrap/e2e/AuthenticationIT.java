package ai.assistants.bootstrap.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationIT {

    private static void assertUnauthenticated(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.json().getString("message")).isEqualTo("Unauthenticated.");
        assertThat(answer.header("X-Request-Id")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/user/assistants/languages", "/user/assistants/voices", "/user/assistants/models",
            "/user/assistants/synthesizer-providers", "/user/assistants/transcriber-providers",
            "/user/assistants/phone-numbers", "/user/tools", "/user/knowledgebases", "/user/assistant/1",
            "/user/no-such-path"})
    void refusesEveryPathWithoutAKey(String path) {
        assertUnauthenticated(Api.get(path, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer not-a-key", "Bearer", "Bearer ", "Basic ZGVtbzprZXk=", "demo-key-alpha",
            "Bearer demo-key-alpha extra"})
    void refusesAMalformedOrUnknownKey(String authorization) {
        assertUnauthenticated(Api.send(HttpRequest.newBuilder(Api.uri("/user/assistants/languages"))
                .header("Authorization", authorization).GET().build()));
    }

    @Test
    void refusesBeforeLookingAtTheBody() {
        assertUnauthenticated(Api.createAssistant(null, "{not json"));
        assertUnauthenticated(Api.send(HttpRequest.newBuilder(Api.uri("/user/assistant"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")).build()));
        assertUnauthenticated(Api.send(HttpRequest.newBuilder(Api.uri("/user/assistant"))
                .header("Authorization", "Bearer wrong").header("Content-Type", Api.JSON)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}"))
                .build()));
    }

    @Test
    void admitsEachDemoKey() {
        assertThat(Api.get("/user/assistants/languages", Api.ALPHA).status()).isEqualTo(200);
        assertThat(Api.get("/user/assistants/languages", Api.BETA).status()).isEqualTo(200);
    }
}
