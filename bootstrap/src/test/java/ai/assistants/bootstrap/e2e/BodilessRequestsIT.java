package ai.assistants.bootstrap.e2e;

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Real clients send Content-Type: application/json on every request, bodiless ones too; those are served. */
class BodilessRequestsIT {

    @Test
    void servesAGetThatNamesAContentTypeButSendsNoBody() {
        long id = Api.createAssistant(Api.ALPHA, DemoData.minimalAssistant().build().toString())
                .data().getJsonNumber("id").longValue();
        for (String contentType : List.of(Api.JSON, "application/json; charset=utf-8", "text/plain", "garbage")) {
            Api.Answer assistant = Api.send(Api.request("/user/assistant/" + id, Api.ALPHA)
                    .header("Content-Type", contentType).GET().build());
            Api.Answer languages = Api.send(Api.request("/user/assistants/languages", Api.ALPHA)
                    .header("Content-Type", contentType).GET().build());

            assertThat(assistant.status()).as(contentType + " " + assistant).isEqualTo(200);
            assertThat(assistant.data().getJsonNumber("id").longValue()).isEqualTo(id);
            assertThat(languages.status()).as(contentType + " " + languages).isEqualTo(200);
            assertThat(languages.array()).isNotEmpty();
        }
    }

    @Test
    void answersABodilessGetOfAnUnknownAssistantAsNotFoundNotAsAMediaTypeError() {
        Api.Answer answer = Api.send(Api.request("/user/assistant/999999999", Api.ALPHA)
                .header("Content-Type", Api.JSON).GET().build());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        assertThat(answer.message()).isEqualTo("Assistant not found");
    }

    @Test
    void stillRefusesAPostWithAnEmptyBody() {
        Api.Answer answer = Api.send(Api.request("/user/assistant", Api.ALPHA).header("Content-Type", Api.JSON)
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo("Malformed JSON request body.");
    }
}
