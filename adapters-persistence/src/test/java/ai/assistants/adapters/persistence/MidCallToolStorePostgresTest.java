package ai.assistants.adapters.persistence;

/** The mid-call tools' storage on PostgreSQL, the production database. */
class MidCallToolStorePostgresTest extends MidCallToolStoreContract {

    @Override
    TestDatabase freshDatabase() {
        return new PostgresTestDatabase();
    }
}
