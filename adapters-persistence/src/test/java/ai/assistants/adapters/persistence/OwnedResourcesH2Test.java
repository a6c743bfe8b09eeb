package ai.assistants.adapters.persistence;

class OwnedResourcesH2Test extends OwnedResourcesContract {

    @Override
    TestDatabase freshDatabase() {
        return new H2TestDatabase();
    }
}
