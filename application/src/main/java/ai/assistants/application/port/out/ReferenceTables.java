package ai.assistants.application.port.out;

/**
 * The platform's reference tables whole, as a create decides on them. They are a few rows each,
 * shared by every account and changed only by migrations, so the service holds them in memory and
 * answers every id, known or not, without asking storage per request.
 */
public interface ReferenceTables {

    /** Every row, read together so that the tables agree with each other. */
    ReferenceSnapshot readAll();
}
