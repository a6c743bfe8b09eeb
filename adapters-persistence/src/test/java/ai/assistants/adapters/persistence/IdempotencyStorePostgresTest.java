package ai.assistants.adapters.persistence;

/** The idempotency keys on PostgreSQL, the production database. */
class IdempotencyStorePostgresTest extends IdempotencyStoreContract {

    @Override
    TestDatabase freshDatabase() {
        return new PostgresTestDatabase();
    }
}
