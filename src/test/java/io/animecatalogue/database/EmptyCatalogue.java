package io.animecatalogue.database;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * A new, empty database and no seed. Each test class that needs one declares its own subclass, since Quarkus starts
 * a new application (and so a new database) per profile class, and these tests must not see each other's data.
 */
public class EmptyCatalogue implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("catalogue.seed", "false");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FreshDatabase.class));
    }
}
