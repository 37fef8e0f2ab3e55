package io.animecatalogue.database;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;

/**
 * A new database holding only the seed catalogue, for a test class whose writes other classes' lists and searches
 * would see. As with {@link EmptyCatalogue}, each test class declares its own subclass: Quarkus starts a new
 * application (and so a new database) per profile class.
 */
public class SeededCatalogue implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FreshDatabase.class));
    }
}
