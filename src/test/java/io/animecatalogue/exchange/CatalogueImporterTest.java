package io.animecatalogue.exchange;

import io.animecatalogue.anthology.Anthology;
import io.animecatalogue.company.Company;
import io.animecatalogue.credit.Credit;
import io.animecatalogue.person.Person;
import io.animecatalogue.release.Release;
import io.animecatalogue.segment.Segment;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The import path the seed goes through: all or nothing, and exact about what failed where. */
@QuarkusTest
class CatalogueImporterTest {

    private static final String COMPANY = """
            {"type":"company","slug":"test-studio","name":"Test Studio","kinds":["animation_studio"]}""";
    private static final String PERSON = """
            {"type":"person","slug":"test-director","name":"Test Director","birthDate":"1970-05-01"}""";
    private static final String ANTHOLOGY = """
            {"type":"anthology","slug":"test-anthology","title":"Test Anthology","kind":"ova","releaseYear":1990,\
            "credits":[{"person":"katsuhiro-otomo","role":"supervisor"}],\
            "segments":[{"slug":"test-segment-one","title":"One","studio":"test-studio","credits":[{"person":"test-director","role":"director"}]},\
            {"slug":"test-segment-two","title":"Two"}]}""";
    private static final String RELEASE = """
            {"type":"release","slug":"test-release","anthology":"test-anthology","format":"BLU_RAY","barcode":"012345678905",\
            "segments":["test-segment-two","test-segment-one"],"audioTracks":[{"language":"ja","channels":"2.0"}]}""";

    @Inject
    CatalogueImporter importer;

    @Test
    @TestTransaction
    void aValidFileCreatesEveryRecordAndItsParts() {
        ImportReport report = importer.importNdjson(ndjson(RELEASE, ANTHOLOGY, PERSON, COMPANY));

        assertThat(report).isEqualTo(new ImportReport(1, 1, 1, 2, 2, 1));
        Anthology anthology = Anthology.findBySlug("test-anthology").orElseThrow();
        assertThat(Segment.listByAnthology(anthology)).extracting(segment -> segment.slug)
                .containsExactly("test-segment-one", "test-segment-two");
        assertThat(Person.findBySlug("test-director").orElseThrow().birthYear).isEqualTo((short) 1970);
        Release release = Release.findBySlug("test-release").orElseThrow();
        assertThat(release.segments).extracting(segment -> segment.slug).containsExactly("test-segment-one", "test-segment-two");
        assertThat(release.audioTracks).singleElement().satisfies(track -> assertThat(track.channels).isEqualTo("2.0"));
        assertThat(Credit.listEmbedded(List.of(anthology.id), true)).extracting(Credit.Embedded::personSlug)
                .containsExactlyInAnyOrder("katsuhiro-otomo", "test-director");
    }

    @Test
    void oneBadRecordRejectsTheWholeFileAndWritesNothing() {
        long[] before = counts();
        ImportException failure = catchThrowableOfType(ImportException.class, () -> importer.importNdjson(ndjson(
                COMPANY, PERSON, ANTHOLOGY, RELEASE.replace("012345678905", "012345678901"))));

        assertThat(failure.errors()).containsExactly(new ImportError(4, "/barcode",
                "must be a UPC-A, EAN-13 or EAN-8 barcode (8, 12 or 13 digits) with a correct check digit"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void everyFailingRecordIsReportedByLineWithAPointerToTheMember() {
        long[] before = counts();
        ImportException failure = catchThrowableOfType(ImportException.class, () -> importer.importNdjson(ndjson(
                "{\"type\":\"company\",\"slug\":\"bad-company\",\"name\":\"X\"",
                "{\"type\":\"studio\",\"slug\":\"x\"}",
                "{\"type\":\"company\",\"slug\":\"Bad Slug\",\"name\":\"X\",\"kinds\":[\"animation_studio\"]}",
                "{\"type\":\"person\",\"slug\":\"ok-person\",\"name\":\"X\",\"birthDate\":\"1995-02-30\"}",
                "{\"type\":\"person\",\"slug\":\"other-person\",\"name\":\"X\",\"nickname\":\"Y\"}",
                "{\"type\":\"anthology\",\"slug\":\"bad-anthology\",\"title\":\"X\",\"kind\":\"movie\"}",
                "{\"type\":\"anthology\",\"slug\":\"memories\",\"title\":\"Memories again\",\"kind\":\"film\"}",
                "{\"type\":\"release\",\"slug\":\"bad-release\",\"anthology\":\"robot-carnival\",\"format\":\"dvd\",\"segments\":[\"magnetic-rose\"]}",
                "{\"type\":\"anthology\",\"slug\":\"other-anthology\",\"title\":\"X\",\"kind\":\"film\",\"segments\":[{\"slug\":\"s-one\",\"title\":\" \",\"credits\":[{\"person\":\"nobody-known\",\"role\":\"director\"}]}]}",
                "{\"type\":\"person\",\"slug\":\"late-person\",\"name\":\"X\",\"birthYear\":1960,\"deathYear\":1950}")));

        assertThat(failure.errors()).extracting(ImportError::line, ImportError::pointer).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, ""),
                org.assertj.core.groups.Tuple.tuple(2, "/type"),
                org.assertj.core.groups.Tuple.tuple(3, "/slug"),
                org.assertj.core.groups.Tuple.tuple(4, "/birthDate"),
                org.assertj.core.groups.Tuple.tuple(5, "/nickname"),
                org.assertj.core.groups.Tuple.tuple(6, "/kind"),
                org.assertj.core.groups.Tuple.tuple(7, "/slug"),
                org.assertj.core.groups.Tuple.tuple(8, "/segments/0"),
                org.assertj.core.groups.Tuple.tuple(9, "/segments/0/title"),
                org.assertj.core.groups.Tuple.tuple(10, "/deathDate"));
        assertThat(failure.errors().get(3).detail()).isEqualTo("must be a date as YYYY-MM-DD");
        assertThat(failure.errors().get(5).detail()).isEqualTo("must be one of: film, ova, tv, web");
        assertThat(failure.errors().get(6).detail()).isEqualTo("an anthology with the slug 'memories' already exists");
        assertThat(failure.errors().get(7).detail()).contains("belongs to another anthology ('memories')");
        assertThat(failure.errors()).allSatisfy(error -> assertThat(error.detail()).doesNotContain("io.animecatalogue", "Exception"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void referencesToUnknownRecordsAndDuplicatesAreReported() {
        ImportException failure = catchThrowableOfType(ImportException.class, () -> importer.importNdjson(ndjson(
                COMPANY, COMPANY,
                "{\"type\":\"anthology\",\"slug\":\"dup-anthology\",\"title\":\"X\",\"kind\":\"film\","
                        + "\"companies\":[{\"company\":\"ghost-studio\",\"role\":\"producer\"}],"
                        + "\"credits\":[{\"person\":\"satoshi-kon\",\"role\":\"music\"},{\"person\":\"satoshi-kon\",\"role\":\"music\"}],"
                        + "\"segments\":[{\"slug\":\"magnetic-rose\",\"title\":\"X\"}]}")));

        assertThat(failure.errors()).extracting(ImportError::toString).containsExactly(
                "line 2 at /slug: line 1 already has a company with this slug",
                "line 3 at /segments/0/slug: a segment with the slug 'magnetic-rose' already exists",
                "line 3 at /companies/0/company: no company has the slug 'ghost-studio', in this file or in the catalogue",
                "line 3 at /credits/1: credits the same person in the same role twice");
    }

    @Test
    void aByteOrderMarkAndBlankLinesAreTolerated() {
        ImportException failure = catchThrowableOfType(ImportException.class, () -> importer.importNdjson(ndjson(
                "\uFEFF" + COMPANY.replace("\"kinds\":[\"animation_studio\"]", "\"kinds\":[]"), "", "   ")));
        assertThat(failure.errors()).extracting(ImportError::toString).containsExactly("line 1 at /kinds: must not be empty");
    }

    private static BufferedReader ndjson(String... lines) {
        return new BufferedReader(new StringReader(String.join("\n", lines) + "\n"));
    }

    private static long[] counts() {
        return QuarkusTransaction.requiringNew().call(() -> new long[]{Company.count(), Person.count(), Anthology.count(),
                Segment.count(), Credit.count(), Release.count()});
    }

}
