package ai.assistants.adapters.rest.archfixture;

import ai.assistants.adapters.persistence.archfixture.PersistenceClassUsingRestAdapter;
import jakarta.inject.Inject;

/** Deliberately breaks the rules: adapters that know each other, and an injected field. */
public class RestClassUsingPersistenceAdapter {

    @Inject
    PersistenceClassUsingRestAdapter persistence;
}
