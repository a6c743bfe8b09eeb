package ai.assistants.bootstrap.e2e;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CONTRACT.md, "The account": GET /user/me and GET /user/phone-numbers/all, each only the caller's. */
class AccountProfileIT {

    @Test
    void meIsTheCallersAccountWithoutBilling() {
        Api.Answer alpha = Api.get("/user/me", Api.ALPHA);
        Api.Answer beta = Api.get("/user/me", Api.BETA);

        assertThat(alpha.status()).isEqualTo(200);
        assertThat(alpha.body()).isEqualTo(
                "{\"billing_enabled\":false,\"email\":\"alpha@demo.example.com\",\"name\":\"Alpha Demo\"}");
        assertThat(beta.json().getString("email")).isEqualTo("beta@demo.example.com");
        assertThat(beta.json().getString("name")).isEqualTo("Beta Demo");
    }

    @Test
    void bothPathsNeedAKey() {
        for (String path : List.of("/user/me", "/user/phone-numbers/all")) {
            Api.Answer answer = Api.get(path, null);
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.message()).isEqualTo("Unauthenticated.");
            assertThat(Api.get(path, "no-such-key").status()).isEqualTo(401);
        }
    }

    @Test
    void listsEveryNumberOfTheCallersAndNoOtherAccounts() {
        List<JsonObject> alphas = Api.get("/user/phone-numbers/all", Api.ALPHA).json().getJsonArray("data")
                .getValuesAs(JsonObject.class);
        List<JsonObject> betas = Api.get("/user/phone-numbers/all", Api.BETA).json().getJsonArray("data")
                .getValuesAs(JsonObject.class);

        assertThat(alphas).extracting(number -> number.getString("phone_number"))
                .contains("+14155550101", "+14155550102", "sip:alpha@sip.example.com", "+14155550199")
                .doesNotContain("+40215550101");
        assertThat(betas).extracting(number -> number.getString("phone_number"))
                .contains("+40215550101", "sip:beta@sip.example.com")
                .doesNotContain("+14155550101");
        assertThat(alphas).extracting(number -> number.getJsonNumber("id").longValue()).isSorted();

        JsonObject main = alphas.stream().filter(number -> number.getString("phone_number").equals("+14155550101"))
                .findFirst().orElseThrow();
        assertThat(main.keySet()).containsExactlyInAnyOrder("id", "phone_number", "nickname", "country_code", "type",
                "type_label", "sms_capable", "region", "has_active_subscription", "created_at");
        assertThat(main.getString("nickname")).isEqualTo("Alpha main line");
        assertThat(main.getString("country_code")).isEqualTo("US");
        assertThat(main.getString("type")).isEqualTo("normal");
        assertThat(main.getString("type_label")).isEqualTo("Normal");
        assertThat(main.getBoolean("sms_capable")).isTrue();
        assertThat(main.isNull("region")).isTrue();
        assertThat(main.getBoolean("has_active_subscription")).isTrue();
        assertThat(Instant.parse(main.getString("created_at"))).isBefore(Instant.now().plusSeconds(60));
        assertThat(alphas).filteredOn(number -> number.getString("type").equals("caller_id"))
                .extracting(number -> number.getString("type_label")).containsOnly("Caller ID");
        assertThat(alphas).filteredOn(number -> number.getString("type").equals("sip"))
                .extracting(number -> number.getString("type_label")).containsOnly("SIP");
    }
}
