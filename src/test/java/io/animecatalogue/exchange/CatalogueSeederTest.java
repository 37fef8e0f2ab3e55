package io.animecatalogue.exchange;

import io.animecatalogue.anthology.Anthology;
import io.animecatalogue.company.Company;
import io.animecatalogue.anthology.credit.Credit;
import io.animecatalogue.person.Person;
import io.animecatalogue.release.Release;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class CatalogueSeederTest {

    @Inject
    CatalogueSeeder seeder;

    @Test
    void theSeedWasLoadedOnStartThroughTheImporter() {
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Anthology.findBySlug("memories")).isPresent();
            assertThat(Anthology.findBySlug("robot-carnival")).isPresent();
            assertThat(Anthology.findBySlug("neo-tokyo")).isPresent();
            assertThat(Anthology.findBySlug("short-peace")).isPresent();
            assertThat(Release.findBySlug("memories-us-dvd")).isPresent();
        });
    }

    @Test
    void aCatalogueThatHasDataIsNeverSeededAgain() {
        long[] before = counts();
        assertThat(seeder.seedIfEmpty()).isEmpty();
        assertThat(counts()).isEqualTo(before);
    }

    static long[] counts() {
        return QuarkusTransaction.requiringNew().call(() ->
                new long[]{Anthology.count(), Person.count(), Company.count(), Release.count(), Credit.count()});
    }
}
