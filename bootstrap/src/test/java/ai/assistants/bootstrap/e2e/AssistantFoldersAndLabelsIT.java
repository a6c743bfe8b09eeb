package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** An assistant's {@code folder_id} and {@code label_ids}: the caller's own, read back, and left when deleted. */
class AssistantFoldersAndLabelsIT {

    @Test
    void anAssistantIsInACallersFolderAndCarriesLabelsInTheOrderSent() {
        long folder = FoldersAndLabelsIT.create("folder", Api.ALPHA, "F " + UUID.randomUUID());
        long first = FoldersAndLabelsIT.create("label", Api.ALPHA, "L " + UUID.randomUUID());
        long second = FoldersAndLabelsIT.create("label", Api.ALPHA, "L " + UUID.randomUUID());

        long id = create(DemoData.minimalAssistant().add("folder_id", folder)
                .add("label_ids", Json.createArrayBuilder().add(second).add(first)));

        JsonObject data = Api.get("/user/assistant/" + id, Api.ALPHA).data();
        assertThat(data.getJsonNumber("folder_id").longValue()).isEqualTo(folder);
        assertThat(data.getJsonArray("label_ids")).isEqualTo(Json.createArrayBuilder().add(second).add(first).build());
        assertThat(Api.get("/user/assistants", Api.ALPHA).array().stream().map(JsonValue::asJsonObject)
                .filter(item -> item.getJsonNumber("id").longValue() == id).findFirst().orElseThrow())
                .isEqualTo(data);
        assertThat(count("folder", folder)).isEqualTo(1);
        assertThat(count("label", first)).isEqualTo(1);
    }

    @Test
    void anAssistantNeverSetIsUncategorizedWithoutLabels() {
        JsonObject data = Api.get("/user/assistant/" + create(DemoData.minimalAssistant()), Api.ALPHA).data();

        assertThat(data.get("folder_id")).isEqualTo(JsonValue.NULL);
        assertThat(data.get("label_ids")).isEqualTo(JsonValue.NULL);
    }

    @Test
    void refusesAnotherAccountsOrUnknownFolderAndLabelsDuplicatesAndTooMany() {
        long betasFolder = FoldersAndLabelsIT.create("folder", Api.BETA, "B " + UUID.randomUUID());
        long betasLabel = FoldersAndLabelsIT.create("label", Api.BETA, "B " + UUID.randomUUID());
        long label = FoldersAndLabelsIT.create("label", Api.ALPHA, "A " + UUID.randomUUID());

        Api.assertRefused(Api.createAssistant(Api.ALPHA, DemoData.minimalAssistant().add("folder_id", betasFolder)
                        .add("label_ids", Json.createArrayBuilder().add(label).add(betasLabel).add(label).add(999999999L))
                        .build().toString()),
                Map.of("folder_id", "The selected folder id is invalid.",
                        "label_ids.1", "The selected label ids.1 is invalid.",
                        "label_ids.2", "The label ids.2 field has a duplicate value.",
                        "label_ids.3", "The selected label ids.3 is invalid."));
        JsonArrayBuilder tooMany = Json.createArrayBuilder();
        IntStream.rangeClosed(1, 51).forEach(tooMany::add);
        Api.assertRefused(Api.createAssistant(Api.ALPHA, DemoData.minimalAssistant().add("folder_id", "x")
                        .add("label_ids", tooMany).build().toString()),
                Map.of("folder_id", "The folder id field must be an integer.",
                        "label_ids", "The label ids field must not have more than 50 items."));
        Api.assertRefused(Api.createAssistant(Api.ALPHA, DemoData.minimalAssistant().add("label_ids", "1").build().toString()),
                Map.of("label_ids", "The label ids field must be an array."));
    }

    @Test
    void anUpdateMovesTheFolderAndReplacesTheLabelsWhole() {
        long folder = FoldersAndLabelsIT.create("folder", Api.ALPHA, "F " + UUID.randomUUID());
        long other = FoldersAndLabelsIT.create("folder", Api.ALPHA, "F " + UUID.randomUUID());
        long kept = FoldersAndLabelsIT.create("label", Api.ALPHA, "L " + UUID.randomUUID());
        long dropped = FoldersAndLabelsIT.create("label", Api.ALPHA, "L " + UUID.randomUUID());
        long added = FoldersAndLabelsIT.create("label", Api.ALPHA, "L " + UUID.randomUUID());
        long id = create(DemoData.minimalAssistant().add("folder_id", folder)
                .add("label_ids", Json.createArrayBuilder().add(kept).add(dropped)));

        Api.Answer changed = Api.updateAssistant(Api.ALPHA, id,
                "{\"folder_id\": " + other + ", \"label_ids\": [" + added + ", " + kept + "]}");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonObject data = Api.get("/user/assistant/" + id, Api.ALPHA).data();
        assertThat(data.getJsonNumber("folder_id").longValue()).isEqualTo(other);
        assertThat(data.getJsonArray("label_ids")).isEqualTo(Json.createArrayBuilder().add(added).add(kept).build());
        assertThat(count("folder", folder)).isZero();
        assertThat(count("label", dropped)).isZero();
        assertThat(count("label", added)).isEqualTo(1);

        assertThat(Api.updateAssistant(Api.ALPHA, id, "{\"folder_id\": null, \"label_ids\": []}").status()).isEqualTo(200);
        JsonObject cleared = Api.get("/user/assistant/" + id, Api.ALPHA).data();
        assertThat(cleared.get("folder_id")).isEqualTo(JsonValue.NULL);
        assertThat(cleared.getJsonArray("label_ids")).isEmpty();
        assertThat(count("label", kept)).isZero();
        long betasLabel = FoldersAndLabelsIT.create("label", Api.BETA, "B " + UUID.randomUUID());
        Api.assertRefused(Api.updateAssistant(Api.ALPHA, id, "{\"label_ids\": [" + betasLabel + "]}"),
                Map.of("label_ids.0", "The selected label ids.0 is invalid."));
    }

    @Test
    void aDeletedFolderLeavesItsAssistantsUncategorizedAndADeletedLabelLeavesEveryLabelList() {
        long folder = FoldersAndLabelsIT.create("folder", Api.ALPHA, "F " + UUID.randomUUID());
        long gone = FoldersAndLabelsIT.create("label", Api.ALPHA, "L " + UUID.randomUUID());
        long stays = FoldersAndLabelsIT.create("label", Api.ALPHA, "L " + UUID.randomUUID());
        long a = create(DemoData.minimalAssistant().add("folder_id", folder).add("label_ids", Json.createArrayBuilder().add(gone).add(stays)));
        long b = create(DemoData.minimalAssistant().add("folder_id", folder).add("label_ids", Json.createArrayBuilder().add(gone)));
        assertThat(count("folder", folder)).isEqualTo(2);

        Api.Answer folderDeleted = Api.delete("/user/folders/" + folder, Api.ALPHA);
        Api.Answer labelDeleted = Api.delete("/user/label/" + gone, Api.ALPHA);

        assertThat(folderDeleted.json()).isEqualTo(Json.createObjectBuilder().add("message", "Folder deleted successfully").build());
        assertThat(labelDeleted.json()).isEqualTo(Json.createObjectBuilder().add("message", "Label deleted successfully").build());
        JsonObject first = Api.get("/user/assistant/" + a, Api.ALPHA).data();
        JsonObject second = Api.get("/user/assistant/" + b, Api.ALPHA).data();
        assertThat(first.get("folder_id")).isEqualTo(JsonValue.NULL);
        assertThat(first.getJsonArray("label_ids")).isEqualTo(Json.createArrayBuilder().add(stays).build());
        assertThat(second.getJsonArray("label_ids")).isEmpty();
        assertThat(Api.delete("/user/folder/" + folder, Api.ALPHA).status()).isEqualTo(404);
        Api.assertRefused(Api.updateAssistant(Api.ALPHA, a, "{\"folder_id\": " + folder + "}"),
                Map.of("folder_id", "The selected folder id is invalid."));
        // An assistant deleted with its labels takes its rows along; the label can still be deleted.
        assertThat(Api.delete("/user/assistant/" + a, Api.ALPHA).status()).isEqualTo(200);
        assertThat(Api.delete("/user/label/" + stays, Api.ALPHA).status()).isEqualTo(200);
    }

    /** Writes naming a label or a folder race its delete: each lost (422) or was detached; none keeps it. */
    @Test
    void noConcurrentAssistantWriteKeepsADeletedLabelOrFolder() throws Exception {
        for (String kind : List.of("label", "folder")) {
            for (int round = 0; round < 3; round++) {
                long deleted = FoldersAndLabelsIT.create(kind, Api.ALPHA, "Raced " + UUID.randomUUID());
                String field = kind.equals("label") ? "label_ids" : "folder_id";
                String value = kind.equals("label") ? "[" + deleted + "]" : Long.toString(deleted);
                List<Long> assistants = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    assistants.add(create(DemoData.minimalAssistant()));
                }
                List<Callable<Api.Answer>> requests = new ArrayList<>();
                requests.add(() -> Api.delete("/user/" + kind + "/" + deleted, Api.ALPHA));
                for (long assistant : assistants) {
                    requests.add(() -> Api.updateAssistant(Api.ALPHA, assistant, "{\"" + field + "\": " + value + "}"));
                }
                JsonValue named = kind.equals("label") ? Json.createArrayBuilder().add(deleted).build() : Json.createValue(deleted);
                String newOne = DemoData.minimalAssistant().add(field, named).build().toString();
                requests.add(() -> Api.createAssistant(Api.ALPHA, newOne));

                List<Api.Answer> answers = Race.of(requests);

                assertThat(answers.get(0).status()).as(answers.get(0).toString()).isEqualTo(200);
                String key = kind.equals("label") ? "label_ids.0" : "folder_id";
                String message = kind.equals("label") ? "The selected label ids.0 is invalid." : "The selected folder id is invalid.";
                for (Api.Answer answer : answers.subList(1, answers.size())) {
                    assertThat(answer.status()).as(answer.toString()).isIn(200, 201, 422);
                    if (answer.status() == 422) {
                        assertThat(answer.errors()).isEqualTo(Json.createObjectBuilder()
                                .add(key, Json.createArrayBuilder().add(message)).build());
                    }
                }
                assertThat(Api.get("/user/assistants", Api.ALPHA).array().stream().map(JsonValue::asJsonObject)
                        .filter(a -> mentions(a, field, deleted))).isEmpty();
            }
        }
    }

    static boolean mentions(JsonObject assistant, String field, long id) {
        JsonValue value = assistant.get(field);
        if (value == null || value == JsonValue.NULL) {
            return false;
        }
        return value.getValueType() == JsonValue.ValueType.ARRAY
                ? value.asJsonArray().stream().anyMatch(item -> item.toString().equals(Long.toString(id)))
                : value.toString().equals(Long.toString(id));
    }

    private static int count(String kind, long id) {
        return Api.get("/user/" + kind + "s?per_page=100", Api.ALPHA).json().getJsonArray("data").stream()
                .map(JsonValue::asJsonObject).filter(item -> item.getJsonNumber("id").longValue() == id)
                .findFirst().map(item -> item.getInt("assistants_count")).orElse(0);
    }

    private static long create(jakarta.json.JsonObjectBuilder body) {
        Api.Answer created = Api.createAssistant(Api.ALPHA, body.build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().getJsonNumber("id").longValue();
    }
}
