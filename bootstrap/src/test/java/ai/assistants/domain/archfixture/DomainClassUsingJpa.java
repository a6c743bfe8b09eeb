package ai.assistants.domain.archfixture;

import jakarta.persistence.EntityManager;

/** Deliberately breaks the rules: a domain class that knows JPA and the bootstrap module. */
public class DomainClassUsingJpa {

    public Object find(EntityManager entityManager) {
        return entityManager.find(Object.class, 1L);
    }

    public Class<?> application() {
        return ai.assistants.bootstrap.AssistantsApplication.class;
    }
}
