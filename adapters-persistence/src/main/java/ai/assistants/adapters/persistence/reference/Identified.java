package ai.assistants.adapters.persistence.reference;

/** A reference row looked up by id. */
interface Identified {

    Long getId();
}
