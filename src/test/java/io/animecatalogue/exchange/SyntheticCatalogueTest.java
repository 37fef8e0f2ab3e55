package io.animecatalogue.exchange;

import io.animecatalogue.anthology.Anthology;
import io.animecatalogue.anthology.credit.Credit;
import io.animecatalogue.database.EmptyCatalogue;
import io.animecatalogue.release.Release;
import io.animecatalogue.anthology.segment.Segment;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The generator fills a database through the importer, in a real catalogue's proportions, and can be run again. */
@QuarkusTest
@TestProfile(SyntheticCatalogueTest.EmptyDatabase.class)
class SyntheticCatalogueTest {

    public static class EmptyDatabase extends EmptyCatalogue {
    }

    @Inject
    SyntheticCatalogueLoader loader;

    @Test
    void aGeneratedCatalogueHasRealisticProportionsAndIsServed() {
        loader.load(600);
        long[] counts = counts();
        assertThat(counts[0]).isEqualTo(600);
        assertThat(counts[1]).as("segments per anthology").isBetween(2L * 600, 7L * 600);
        assertThat(counts[2]).as("credits per segment").isGreaterThan(3 * counts[1]);
        assertThat(counts[3]).as("releases").isBetween(300L, 1200L);

        loader.load(600);
        assertThat(counts()).as("a second run finds the batches loaded and adds nothing").isEqualTo(counts);

        given().queryParam("include", "segments,credits,releases").get("/api/v1/anthologies/g1-99")
                .then().statusCode(200).body("slug", equalTo("g1-99"));
    }

    private static long[] counts() {
        return QuarkusTransaction.requiringNew().call(() ->
                new long[]{Anthology.count(), Segment.count(), Credit.count(), Release.count()});
    }
}
