package ai.assistants.application.fake;

import ai.assistants.application.port.out.IdempotencyRecords;
import ai.assistants.application.port.out.IdempotencyRecordsContract;

/** The fake must keep the port's promises, or tests against it prove nothing. */
class InMemoryIdempotencyRecordsTest extends IdempotencyRecordsContract {

    private final InMemoryIdempotencyRecords records = new InMemoryIdempotencyRecords();

    @Override
    protected IdempotencyRecords records() {
        return records;
    }
}
