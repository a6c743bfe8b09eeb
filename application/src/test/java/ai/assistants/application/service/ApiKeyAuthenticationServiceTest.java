package ai.assistants.application.service;

import ai.assistants.application.fake.FakeWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static ai.assistants.application.fake.FakeWorld.ALPHA;
import static ai.assistants.application.fake.FakeWorld.BETA;
import static org.assertj.core.api.Assertions.assertThat;

class ApiKeyAuthenticationServiceTest {

    private final FakeWorld world = new FakeWorld();
    private final ApiKeyAuthenticationService service = new ApiKeyAuthenticationService(world.apiKeys);

    @Test
    void findsTheAccountAKeyBelongsTo() {
        assertThat(service.authenticate(FakeWorld.ALPHA_KEY)).contains(ALPHA);
        assertThat(service.authenticate(FakeWorld.BETA_KEY)).contains(BETA);
    }

    @Test
    void knowsNoAccountForAnUnknownKey() {
        assertThat(service.authenticate("demo-key-gamma")).isEmpty();
        assertThat(service.authenticate(FakeWorld.ALPHA_KEY.toUpperCase(Locale.ROOT))).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t"})
    void refusesAMissingKeyWithoutAskingStorage(String rawKey) {
        assertThat(service.authenticate(rawKey)).isEmpty();
        assertThat(world.apiKeys.calls().total()).isZero();
    }

    @Test
    void refusesAnOverLongKeyWithoutAskingStorage() {
        String overLong = "k".repeat(ApiKeyAuthenticationService.MAX_KEY_LENGTH + 1);
        world.apiKeys.key(overLong, ALPHA);
        world.resetCallCounts();

        assertThat(service.authenticate(overLong)).isEmpty();
        assertThat(world.apiKeys.calls().total()).isZero();
    }

    @Test
    void acceptsAKeyOfTheLongestAllowedLength() {
        String longest = "k".repeat(ApiKeyAuthenticationService.MAX_KEY_LENGTH);
        world.apiKeys.key(longest, BETA);

        assertThat(service.authenticate(longest)).contains(BETA);
    }
}
