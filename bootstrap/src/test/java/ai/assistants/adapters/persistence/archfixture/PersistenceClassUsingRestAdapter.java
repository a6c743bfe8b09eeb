package ai.assistants.adapters.persistence.archfixture;

import ai.assistants.adapters.rest.archfixture.RestClassUsingPersistenceAdapter;

/** Deliberately breaks the rules: the other half of the adapters knowing each other (and a cycle). */
public class PersistenceClassUsingRestAdapter {

    RestClassUsingPersistenceAdapter rest;
}
