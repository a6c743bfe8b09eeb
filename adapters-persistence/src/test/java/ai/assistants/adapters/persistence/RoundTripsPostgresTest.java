package ai.assistants.adapters.persistence;

import ai.assistants.application.port.in.AuthenticateApiKeyUseCase;
import ai.assistants.application.port.in.BrowseCatalogQuery;
import ai.assistants.application.port.in.CreateAssistantCommand;
import ai.assistants.application.port.in.CreateAssistantUseCase;
import ai.assistants.application.port.out.ProfileVariants;
import ai.assistants.application.service.ApiKeyAuthenticationService;
import ai.assistants.application.service.CatalogService;
import ai.assistants.application.service.CreateAssistantService;
import ai.assistants.application.service.RememberingCatalog;
import ai.assistants.application.service.LoadedReferenceData;
import ai.assistants.domain.assistant.AccountId;
import ai.assistants.domain.assistant.AssistantProfile;
import ai.assistants.domain.assistant.AssistantProfiles;
import ai.assistants.domain.validation.InvalidAssistantException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The round trips to PostgreSQL a request waits for once the server is warm, counted on the JDBC
 * calls of the real adapters, wired as the server wires them: they must not creep back. A create
 * is its INSERT, which returns the id the column took (with the BEGIN the driver sends along), and its COMMIT; a
 * rejected create, a look-up and the API key of a client seen in the last seconds cost none.
 */
class RoundTripsPostgresTest {

    private static final String KEY = "demo-key-alpha";

    private final PostgresTestDatabase database = new PostgresTestDatabase();
    private final RoundTripCounter wire = new RoundTripCounter(database.dataSource());
    private final PersistenceFixture store = new PersistenceFixture(database, true, wire.dataSource());

    private final AuthenticateApiKeyUseCase authentication = new ApiKeyAuthenticationService(store.apiKeys);
    private final CreateAssistantUseCase creates = new CreateAssistantService(PersistenceFixture.FACTORY,
            store.assistants, new LoadedReferenceData(store.referenceData, Clock.systemUTC(), Duration.ofMinutes(1)),
            store.accountResources);
    private final BrowseCatalogQuery catalog = new CatalogService(new RememberingCatalog(store.referenceData));

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aCreateIsItsInsertReturningItsIdAndItsCommit() {
        create(AssistantProfiles.minimal());
        wire.reset();

        create(AssistantProfiles.minimal());

        List<String> roundTrips = wire.roundTrips();
        assertThat(roundTrips).hasSize(2);
        assertThat(roundTrips.get(0)).startsWith("INSERT INTO assistants").endsWith("RETURNING id");
        assertThat(roundTrips.get(1)).isEqualTo("COMMIT");
    }

    @Test
    void aLookUpAsksNothing() {
        authentication.authenticate(KEY);
        catalog.languages();
        wire.reset();

        assertThat(authentication.authenticate(KEY)).isPresent();
        assertThat(catalog.languages()).isNotEmpty();

        assertThat(wire.roundTrips()).isEmpty();
    }

    @Test
    void aRejectedCreateAsksNothingEvenForAnIdThatDoesNotExist() {
        create(AssistantProfiles.minimal());
        wire.reset();

        AssistantProfile unknownLanguage = ProfileVariants.withLists(AssistantProfiles.minimal(), List.of(999L), null);
        assertThatThrownBy(() -> create(unknownLanguage)).isInstanceOf(InvalidAssistantException.class);
        assertThatThrownBy(() -> create(unknownLanguage)).isInstanceOf(InvalidAssistantException.class);

        assertThat(wire.roundTrips()).isEmpty();
    }

    private void create(AssistantProfile profile) {
        AccountId caller = authentication.authenticate(KEY).orElseThrow();
        creates.create(new CreateAssistantCommand(caller, profile, Set.of(), null));
    }
}
