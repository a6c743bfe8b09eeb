package ai.assistants.adapters.persistence;

/** The idempotency keys on H2 in PostgreSQL mode, the embedded default's database. */
class IdempotencyStoreH2Test extends IdempotencyStoreContract {

    @Override
    TestDatabase freshDatabase() {
        return new H2TestDatabase();
    }
}
