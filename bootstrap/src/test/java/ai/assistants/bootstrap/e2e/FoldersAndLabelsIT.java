package ai.assistants.bootstrap.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract's "Folders and labels": the same rules and words for both ("Label created
 * successfully", "Label not found"), on the singular and the plural paths, each account seeing only its own.
 */
class FoldersAndLabelsIT {

    @ParameterizedTest
    @CsvSource({"folder, Folder", "label, Label"})
    void createsOnBothPathsWithItsLocation(String kind, String noun) {
        for (String path : List.of("/user/" + kind, "/user/" + kind + "s")) {
            String name = "Sales " + UUID.randomUUID();
            Api.Answer created = Api.post(path, Api.ALPHA, "{\"name\": \"  " + name + " \", \"color\": \"teal\"}");

            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.message()).isEqualTo(noun + " created successfully");
            JsonObject data = created.data();
            assertThat(data.keySet()).containsExactlyInAnyOrder("id", "name", "color", "assistants_count");
            assertThat(data.getString("name")).isEqualTo(name);
            assertThat(data.getString("color")).isEqualTo("teal");
            assertThat(data.getInt("assistants_count")).isZero();
            assertThat(created.header("Location")).hasValue("/api/user/" + kind + "/" + data.getJsonNumber("id").longValue());
        }
        Api.Answer colorless = Api.post("/user/" + kind, Api.ALPHA, "{\"name\": \"" + UUID.randomUUID() + "\", \"color\": null}");
        assertThat(colorless.status()).isEqualTo(201);
        assertThat(colorless.data().isNull("color")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"folder", "label"})
    void refusesEveryBadFieldAtOnce(String kind) {
        String path = "/user/" + kind;
        Api.assertRefused(Api.post(path, Api.ALPHA, "{\"color\": \"black\", \"icon\": \"x\"}"),
                Map.of("icon", "The icon field is not supported.", "name", "The name field is required.",
                        "color", "The selected color is invalid."));
        Api.assertRefused(Api.post(path, Api.ALPHA, "{\"name\": \"" + "n".repeat(256) + "\", \"color\": 3}"),
                Map.of("name", "The name field must not be greater than 255 characters.",
                        "color", "The color field must be a string."));
        Api.assertRefused(Api.post(path, Api.ALPHA, "{\"name\": \" \"}"), Map.of("name", "The name field is required."));
        assertThat(Api.post(path, Api.ALPHA, "{\"name\": \"" + "\uD83D\uDCC1".repeat(255) + "\"}").status()).isEqualTo(201);
    }

    @ParameterizedTest
    @CsvSource({"folder", "label"})
    void aNameIsUniquePerAccountIgnoringCaseAndSurroundingSpaces(String kind) {
        String name = "Unique " + UUID.randomUUID();
        long first = create(kind, Api.ALPHA, name);
        long other = create(kind, Api.ALPHA, "Other " + UUID.randomUUID());

        Map<String, String> taken = Map.of("name", "The name has already been taken.");
        Api.assertRefused(Api.post("/user/" + kind + "s", Api.ALPHA, "{\"name\": \" " + name.toUpperCase() + "  \"}"), taken);
        Api.assertRefused(Api.put("/user/" + kind + "/" + other, Api.ALPHA, "{\"name\": \"" + name.toLowerCase() + "\"}"), taken);
        assertThat(Api.put("/user/" + kind + "/" + first, Api.ALPHA, "{\"name\": \"" + name.toUpperCase() + "\"}").status())
                .isEqualTo(200);
        assertThat(Api.post("/user/" + kind, Api.BETA, "{\"name\": \"" + name + "\"}").status()).isEqualTo(201);
    }

    @ParameterizedTest
    @CsvSource({"folder", "label"})
    void concurrentCreatesOfOneNameMakeExactlyOne(String kind) throws Exception {
        String name = "Raced " + UUID.randomUUID();
        List<Callable<Api.Answer>> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String spelled = i % 2 == 0 ? name : " " + name.toUpperCase();
            requests.add(() -> Api.post("/user/" + kind, Api.ALPHA, "{\"name\": \"" + spelled + "\"}"));
        }

        List<Api.Answer> answers = Race.of(requests);

        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.status() == 422)
                .allSatisfy(answer -> assertThat(answer.errors().getJsonArray("name").getString(0))
                        .isEqualTo("The name has already been taken."))
                .hasSize(7);
    }

    @ParameterizedTest
    @CsvSource({"folder, Folder", "label, Label"})
    void changesOnBothPathsOnlyTheFieldsSent(String kind, String noun) {
        long id = create(kind, Api.ALPHA, "Before " + UUID.randomUUID());
        Api.put("/user/" + kind + "/" + id, Api.ALPHA, "{\"color\": \"red\"}");

        String renamed = "After " + UUID.randomUUID();
        Api.Answer changed = Api.put("/user/" + kind + "s/" + id, Api.ALPHA, "{\"name\": \"" + renamed + "\"}");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.message()).isEqualTo(noun + " updated successfully");
        assertThat(changed.data().getString("name")).isEqualTo(renamed);
        assertThat(changed.data().getString("color")).isEqualTo("red");
        assertThat(Api.put("/user/" + kind + "/" + id, Api.ALPHA, "{\"color\": null}").data().isNull("color")).isTrue();
        Api.assertRefused(Api.put("/user/" + kind + "/" + id, Api.ALPHA, "{\"name\": null}"),
                Map.of("name", "The name field is required."));
    }

    @ParameterizedTest
    @CsvSource({"folder, Folder", "label, Label"})
    void anUnknownOrAnotherAccountsOneIsNotFoundOnEveryPath(String kind, String noun) {
        long alphas = create(kind, Api.ALPHA, "Alpha " + UUID.randomUUID());
        JsonObject notFound = Json.createObjectBuilder().add("message", noun + " not found").build();
        List<String> ids = List.of(Long.toString(alphas), "0", "-3", "x", "99999999999");

        for (String base : List.of("/user/" + kind + "/", "/user/" + kind + "s/")) {
            for (String id : ids) {
                for (Api.Answer answer : List.of(Api.put(base + id, Api.BETA, "{\"name\": \"Mine\"}"),
                        Api.delete(base + id, Api.BETA))) {
                    assertThat(answer.status()).as(base + id + " " + answer).isEqualTo(404);
                    assertThat(answer.json()).isEqualTo(notFound);
                }
            }
        }
        assertThat(Api.put("/user/" + kind + "/" + alphas, Api.ALPHA, "{}").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({"folder", "label"})
    void listsTheCallersOwnInThePaginatorEnvelopeFifteenAPage(String kind) {
        for (int i = 0; i < 16; i++) {
            create(kind, Api.BETA, "Page " + UUID.randomUUID());
        }

        Api.Answer first = Api.get("/user/" + kind + "s", Api.BETA);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().keySet()).containsExactly("current_page", "data", "first_page_url", "from", "last_page",
                "last_page_url", "links", "next_page_url", "path", "per_page", "prev_page_url", "to", "total");
        assertThat(first.json().getInt("per_page")).isEqualTo(15);
        assertThat(first.json().getJsonArray("data")).hasSize(15);
        assertThat(first.json().getString("next_page_url")).endsWith("/api/user/" + kind + "s?page=2");
        Api.Answer second = Api.get("/user/" + kind + "s?per_page=100", Api.BETA);
        assertThat(second.json().getInt("total")).isEqualTo(first.json().getInt("total"));
        List<Long> betas = second.json().getJsonArray("data").stream()
                .map(item -> item.asJsonObject().getJsonNumber("id").longValue()).toList();
        List<Long> alphas = Api.get("/user/" + kind + "s?per_page=100", Api.ALPHA).json().getJsonArray("data").stream()
                .map(item -> item.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertThat(alphas).doesNotContainAnyElementsOf(betas);
        Api.assertRefused(Api.get("/user/" + kind + "s?per_page=0", Api.BETA),
                Map.of("per_page", "The per page field must be between 1 and 100."));
    }

    static long create(String kind, String apiKey, String name) {
        Api.Answer created = Api.post("/user/" + kind, apiKey, Json.createObjectBuilder().add("name", name).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().getJsonNumber("id").longValue();
    }
}
