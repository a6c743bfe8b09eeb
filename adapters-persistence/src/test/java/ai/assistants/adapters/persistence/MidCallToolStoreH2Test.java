package ai.assistants.adapters.persistence;

/** The mid-call tools' storage on H2 in PostgreSQL mode, the embedded default's database. */
class MidCallToolStoreH2Test extends MidCallToolStoreContract {

    @Override
    TestDatabase freshDatabase() {
        return new H2TestDatabase();
    }
}
