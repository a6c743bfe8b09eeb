package ai.assistants.adapters.persistence;

class OwnedResourcesPostgresTest extends OwnedResourcesContract {

    @Override
    TestDatabase freshDatabase() {
        return new PostgresTestDatabase();
    }
}
