package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A knowledge base, folder or label deleted on one server while the other writes assistants naming
 * it: the database's locks decide, so no assistant keeps the deleted id. Runs in the PostgreSQL stage
 * only, where a second server shares the database.
 */
class DetachAcrossInstancesIT {

    private static final int WRITERS = 8;

    @ParameterizedTest
    @CsvSource({
            "/user/knowledgebases, knowledgebase_id, knowledgebase_id, The selected knowledgebase id is invalid.",
            "/user/folder, folder_id, folder_id, The selected folder id is invalid.",
            "/user/label, label_ids, label_ids.0, The selected label ids.0 is invalid."})
    void noAssistantWrittenOnTheOtherServerKeepsWhatOneServerDeleted(String path, String field, String key,
                                                                    String message) throws Exception {
        for (int round = 0; round < 3; round++) {
            Api.Answer created = Api.post(path, Api.ALPHA, "{\"name\": \"Across " + UUID.randomUUID() + "\"}");
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            long id = created.data().getJsonNumber("id").longValue();
            String value = field.equals("label_ids") ? "[" + id + "]" : Long.toString(id);
            List<Long> assistants = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                Api.Answer assistant = Api.createAssistant(Api.ALPHA, DemoData.minimalAssistant().build().toString());
                assistants.add(assistant.data().getJsonNumber("id").longValue());
            }
            List<Callable<Api.Answer>> requests = new ArrayList<>();
            requests.add(() -> Api.delete(path + "/" + id, Api.ALPHA));
            for (long assistant : assistants) {
                requests.add(() -> Api.send(Api.requestOnSecondServer("/user/assistant/" + assistant, Api.ALPHA)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"" + field + "\": " + value + "}")).build()));
            }

            List<Api.Answer> answers = Race.of(requests);

            assertThat(answers.get(0).status()).as(answers.get(0).toString()).isEqualTo(200);
            for (Api.Answer answer : answers.subList(1, answers.size())) {
                assertThat(answer.status()).as(answer.toString()).isIn(200, 422);
                if (answer.status() == 422) {
                    assertThat(answer.errors()).isEqualTo(Json.createObjectBuilder()
                            .add(key, Json.createArrayBuilder().add(message)).build());
                }
            }
            for (long assistant : assistants) {
                assertThat(AssistantFoldersAndLabelsIT.mentions(
                        Api.getFromSecondServer("/user/assistant/" + assistant, Api.ALPHA).data(), field, id))
                        .as("assistant " + assistant).isFalse();
            }
            assertThat(Api.get("/user/assistants", Api.ALPHA).array().stream().map(JsonValue::asJsonObject)
                    .filter(a -> AssistantFoldersAndLabelsIT.mentions(a, field, id))).isEmpty();
        }
    }
}
