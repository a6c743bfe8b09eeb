package ai.assistants.adapters.persistence;

/** The contract on H2 in PostgreSQL mode, the embedded default's database. */
class AssistantStoreH2Test extends AssistantStoreContract {

    @Override
    TestDatabase freshDatabase() {
        return new H2TestDatabase();
    }
}
