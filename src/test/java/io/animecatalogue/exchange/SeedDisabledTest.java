package io.animecatalogue.exchange;

import io.animecatalogue.database.EmptyCatalogue;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** With CATALOGUE_SEED=false the service starts with an empty catalogue; the seed still only ever fills an empty one. */
@QuarkusTest
@TestProfile(SeedDisabledTest.SeedDisabled.class)
class SeedDisabledTest {

    public static class SeedDisabled extends EmptyCatalogue {
    }

    @Inject
    CatalogueSeeder seeder;

    @Test
    void theServiceStartsWithAnEmptyCatalogueAndSeedsOnlyAnEmptyOne() {
        for (String list : List.of("/api/v1/anthologies", "/api/v1/people", "/api/v1/companies", "/api/v1/releases", "/api/v1/segments")) {
            given().queryParam("total", true).when().get(list).then().statusCode(200).body("page.total", equalTo(0)).body("items.size()", equalTo(0));
        }
        given().when().get("/api/v1/anthologies/memories").then().statusCode(404);

        assertThat(seeder.seedIfEmpty()).hasValueSatisfying(report -> assertThat(report.anthologies().created()).isEqualTo(4));
        long[] seeded = CatalogueSeederTest.counts();
        assertThat(seeder.seedIfEmpty()).isEmpty();
        assertThat(CatalogueSeederTest.counts()).isEqualTo(seeded);
        given().when().get("/api/v1/anthologies/memories").then().statusCode(200);
    }
}
