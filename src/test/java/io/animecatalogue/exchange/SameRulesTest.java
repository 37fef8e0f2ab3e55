package io.animecatalogue.exchange;

import io.agroal.api.AgroalDataSource;
import io.animecatalogue.database.EmptyCatalogue;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.animecatalogue.auth.TestTokens.asEditor;
import static io.animecatalogue.exchange.ImportTest.importNdjson;
import static io.animecatalogue.exchange.ImportTest.ndjson;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * One table of bad records, each sent both ways into the catalogue: as the body of the API's {@code POST}, and as a
 * line of an import, into an empty catalogue (a restore, rows copied in) and into one that holds records (an upsert).
 * Each way must refuse it with the same pointer and message, and write nothing. A script that imports data must not
 * be able to store what the API would refuse.
 */
@QuarkusTest
@TestProfile(SameRulesTest.EmptyDatabase.class)
class SameRulesTest {

    /** Empty, so that an import can be a restore; the tests that need records import them first. */
    public static class EmptyDatabase extends EmptyCatalogue {
    }

    /** The good records the bad ones refer to, in file order. */
    private static final List<String> CATALOGUE = List.of(
            """
            {"type":"company","slug":"rules-studio","name":"Rules Studio","kinds":["animation_studio"]}""",
            """
            {"type":"company","slug":"rules-publisher","name":"Rules Publisher","kinds":["home_video_publisher"]}""",
            """
            {"type":"person","slug":"rules-director","name":"Rules Director","birthDate":"1950-04-01"}""",
            """
            {"type":"anthology","slug":"rules-anthology","title":"Rules Anthology","kind":"ova","releaseYear":1990,\
            "segments":[{"slug":"rules-segment-a","title":"A"},{"slug":"rules-segment-b","title":"B"}]}""",
            """
            {"type":"anthology","slug":"rules-other","title":"Other Anthology","kind":"film",\
            "segments":[{"slug":"rules-segment-other","title":"Other"}]}""");

    private static final LocalDate NEXT_YEAR = LocalDate.now().plusYears(1);
    /** Two years on: a year that is the future in every time zone, even on the last day of December. */
    private static final int LATER_YEAR = LocalDate.now().getYear() + 2;
    private static final String LONG = "x".repeat(301);

    /**
     * A bad record: its type, its members as JSON (the same for the API's body and the import's line), and the
     * violation both must report.
     */
    record Case(String name, String type, String slug, String members, String pointer, String detail) {

        @Override
        public String toString() {
            return name;
        }

        String body() {
            return "{\"slug\":\"" + slug + "\"," + members + "}";
        }

        String line() {
            return "{\"type\":\"" + type + "\",\"slug\":\"" + slug + "\"," + members + "}";
        }

        String collection() {
            return Map.of("company", "companies", "person", "people", "anthology", "anthologies", "release", "releases").get(type);
        }
    }

    static Stream<Case> cases() {
        String anthology = "\"title\":\"Bad\",\"kind\":\"film\",";
        String release = "\"anthology\":\"rules-anthology\",\"format\":\"dvd\",";
        return Stream.of(
                // an anthology, with its companies, credits and segments
                new Case("anthology year against its premiere date", "anthology", "bad-year",
                        anthology + "\"releaseYear\":1994,\"premiereDate\":\"1995-12-23\"",
                        "/releaseYear", "must be the year of premiereDate (1995)"),
                new Case("anthology premiere before the catalogue's years", "anthology", "bad-premiere",
                        anthology + "\"premiereDate\":\"1850-01-01\"",
                        "/premiereDate", "must be in a year from 1900 to 2100"),
                new Case("anthology title too long", "anthology", "bad-title",
                        "\"title\":\"" + LONG + "\",\"kind\":\"film\"",
                        "/title", "must be 1 to 300 characters and not only spaces"),
                new Case("anthology kind not one of the enum", "anthology", "bad-kind",
                        "\"title\":\"Bad\",\"kind\":\"cartoon\"",
                        "/kind", "must be one of: film, ova, tv, web"),
                new Case("anthology naming an unknown company", "anthology", "bad-company",
                        anthology + "\"companies\":[{\"company\":\"no-such-company\",\"role\":\"producer\"}]",
                        "/companies/0/company", "no company has the id or slug 'no-such-company'"),
                new Case("anthology listing a company twice in one role", "anthology", "bad-company-twice",
                        anthology + "\"companies\":[{\"company\":\"rules-studio\",\"role\":\"animation_studio\"},"
                                + "{\"company\":\"rules-studio\",\"role\":\"animation_studio\"}]",
                        "/companies/1", "lists the same company in the same role as an earlier entry"),
                new Case("anthology crediting an unknown person", "anthology", "bad-person",
                        anthology + "\"credits\":[{\"person\":\"no-such-person\",\"role\":\"director\"}]",
                        "/credits/0/person", "no person has the id or slug 'no-such-person'"),
                new Case("anthology crediting a person twice in one role", "anthology", "bad-credit-twice",
                        anthology + "\"credits\":[{\"person\":\"rules-director\",\"role\":\"director\"},"
                                + "{\"person\":\"rules-director\",\"role\":\"director\"}]",
                        "/credits/1", "credits the same person in the same role as an earlier credit"),
                new Case("segment by an unknown studio", "anthology", "bad-studio",
                        anthology + "\"segments\":[{\"slug\":\"bad-studio-one\",\"title\":\"One\",\"studio\":\"no-such-studio\"}]",
                        "/segments/0/studio", "no company has the id or slug 'no-such-studio'"),
                new Case("segment crediting a person twice in one role", "anthology", "bad-segment-credit",
                        anthology + "\"segments\":[{\"slug\":\"bad-segment-credit-one\",\"title\":\"One\",\"credits\":["
                                + "{\"person\":\"rules-director\",\"role\":\"director\"},{\"person\":\"rules-director\",\"role\":\"director\"}]}]",
                        "/segments/0/credits/1", "credits the same person in the same role as an earlier credit"),
                new Case("two segments with one slug", "anthology", "bad-segment-slug",
                        anthology + "\"segments\":[{\"slug\":\"bad-twin\",\"title\":\"One\"},{\"slug\":\"bad-twin\",\"title\":\"Two\"}]",
                        "/segments/1/slug", "is also the slug of an earlier segment in this list"),
                // a person
                new Case("birth in the future", "person", "bad-birth",
                        "\"name\":\"Bad\",\"birthDate\":\"" + NEXT_YEAR + "\"",
                        "/birthDate", "must not be in the future"),
                new Case("birth year in the future", "person", "bad-birth-year",
                        "\"name\":\"Bad\",\"birthYear\":" + LATER_YEAR,
                        "/birthYear", "must not be in the future"),
                new Case("death in the future", "person", "bad-death",
                        "\"name\":\"Bad\",\"birthDate\":\"1950-01-01\",\"deathDate\":\"" + NEXT_YEAR + "\"",
                        "/deathDate", "must not be in the future"),
                new Case("death before birth", "person", "bad-death-order",
                        "\"name\":\"Bad\",\"birthDate\":\"1960-01-01\",\"deathDate\":\"1950-01-01\"",
                        "/deathDate", "must not be before the birth (1960-01-01)"),
                new Case("death year before birth year", "person", "bad-death-year-order",
                        "\"name\":\"Bad\",\"birthYear\":1960,\"deathYear\":1950",
                        "/deathYear", "must not be before the birth (1960)"),
                new Case("birth year against the birth date", "person", "bad-birth-match",
                        "\"name\":\"Bad\",\"birthDate\":\"1963-10-12\",\"birthYear\":1964",
                        "/birthYear", "must be the year of birthDate (1963)"),
                new Case("birth before the catalogue's years", "person", "bad-birth-early",
                        "\"name\":\"Bad\",\"birthDate\":\"1850-01-01\"",
                        "/birthDate", "must be in a year from 1900 to 2100"),
                // a company
                new Case("company kind listed twice", "company", "bad-kinds",
                        "\"name\":\"Bad\",\"kinds\":[\"producer\",\"producer\"]",
                        "/kinds/1", "repeats a kind listed before"),
                new Case("company without a kind", "company", "bad-no-kinds",
                        "\"name\":\"Bad\",\"kinds\":[]",
                        "/kinds", "must not be empty"),
                new Case("company kind not one of the enum", "company", "bad-kind-code",
                        "\"name\":\"Bad\",\"kinds\":[\"bakery\"]",
                        "/kinds/0", "must be one of: animation_studio, producer, distributor, home_video_publisher, label"),
                // a release
                new Case("release date in the future, not announced", "release", "bad-release-date",
                        release + "\"releaseDate\":\"" + NEXT_YEAR + "\",\"printStatus\":\"in_print\"",
                        "/releaseDate", "is in the future; only an announced release can be"),
                new Case("release year in the future, not announced", "release", "bad-release-year",
                        release + "\"releaseYear\":" + LATER_YEAR,
                        "/releaseYear", "is in the future; only an announced release can be"),
                new Case("release year against the release date", "release", "bad-release-match",
                        release + "\"releaseDate\":\"2004-02-24\",\"releaseYear\":2005",
                        "/releaseYear", "must be the year of releaseDate (2004)"),
                new Case("release before the catalogue's years", "release", "bad-release-early",
                        release + "\"releaseDate\":\"1850-01-01\"",
                        "/releaseDate", "must be in a year from 1900 to 2100"),
                new Case("barcode with a wrong check digit", "release", "bad-barcode",
                        release + "\"barcode\":\"012345678906\"",
                        "/barcode", "must be a UPC-A, EAN-13 or EAN-8 barcode (8, 12 or 13 digits) with a correct check digit"),
                new Case("release of an unknown anthology", "release", "bad-release-anthology",
                        "\"anthology\":\"no-such-anthology\",\"format\":\"dvd\"",
                        "/anthology", "no anthology has the id or slug 'no-such-anthology'"),
                new Case("release by an unknown publisher", "release", "bad-publisher",
                        release + "\"publisher\":\"no-such-publisher\"",
                        "/publisher", "no company has the id or slug 'no-such-publisher'"),
                new Case("release holding an unknown segment", "release", "bad-release-segment",
                        release + "\"segments\":[\"no-such-segment\"]",
                        "/segments/0", "no segment has the id or slug 'no-such-segment'"),
                new Case("release holding a segment twice", "release", "bad-segment-twice",
                        release + "\"segments\":[\"rules-segment-a\",\"rules-segment-a\"]",
                        "/segments/1", "repeats a segment listed before"),
                new Case("release holding another anthology's segment", "release", "bad-segment-owner",
                        release + "\"segments\":[\"rules-segment-other\"]",
                        "/segments/0", "belongs to another anthology ('rules-other')"),
                new Case("region code that is none", "release", "bad-region",
                        release + "\"regionCodes\":[\"Z\"]",
                        "/regionCodes/0", "must be a DVD region 0 to 8, a Blu-ray region A, B or C, or free"));
    }

    @Inject
    AgroalDataSource dataSource;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theApiRefusesIt(Case bad) {
        holdTheCatalogue();
        var refused = asEditor().contentType("application/json").body(bad.body()).post("/api/v1/" + bad.collection())
                .then().extract();

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(errors(refused, null)).contains(List.of(bad.pointer(), bad.detail()));
        given().get("/api/v1/" + bad.collection() + "/" + bad.slug()).then().statusCode(404);
    }

    /** The COPY path: every record of the file is new, and the ones the bad record refers to are above it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aRestoreRefusesIt(Case bad) throws SQLException {
        emptyTheCatalogue();
        List<String> file = new ArrayList<>(CATALOGUE);
        file.add(bad.line());
        var refused = importNdjson(ndjson(file.toArray(String[]::new)));

        assertRefusedImport(refused, CATALOGUE.size() + 1, bad);
        given().get("/api/v1/" + bad.collection() + "/" + bad.slug()).then().statusCode(404);
        given().get("/api/v1/companies/rules-studio").then().statusCode(404);
    }

    /** The upsert path: what the bad record refers to is in the catalogue, found by the import's look-ups. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anImportIntoACatalogueRefusesItAsTheApiDoes(Case bad) {
        holdTheCatalogue();
        var refused = importNdjson(ndjson(bad.line()));

        assertRefusedImport(refused, 1, bad);
        given().get("/api/v1/" + bad.collection() + "/" + bad.slug()).then().statusCode(404);
        var api = asEditor().contentType("application/json").body(bad.body()).post("/api/v1/" + bad.collection()).then().extract();
        assertThat(errors(refused, 1)).as("the import's problems are the API's").isEqualTo(errors(api, null));
    }

    @Test
    void theYearsADateImpliesAreDerivedEitherWay() throws SQLException {
        emptyTheCatalogue();
        var restored = importNdjson(ndjson(
                "{\"type\":\"person\",\"slug\":\"derived-person\",\"name\":\"Derived\",\"birthDate\":\"1951-08-08\",\"deathDate\":\"2010-08-24\"}",
                "{\"type\":\"anthology\",\"slug\":\"derived-anthology\",\"title\":\"Derived\",\"kind\":\"film\",\"premiereDate\":\"1995-12-23\"}",
                "{\"type\":\"release\",\"slug\":\"derived-release\",\"anthology\":\"derived-anthology\",\"format\":\"dvd\",\"releaseDate\":\"2004-02-24\"}"));
        assertThat(restored.statusCode()).isEqualTo(200);
        assertDerived("derived-person", "derived-anthology", "derived-release");

        asEditor().contentType("application/json").body("{\"slug\":\"api-person\",\"name\":\"Api\",\"birthDate\":\"1951-08-08\","
                + "\"deathDate\":\"2010-08-24\"}").post("/api/v1/people").then().statusCode(201);
        asEditor().contentType("application/json").body("{\"slug\":\"api-anthology\",\"title\":\"Api\",\"kind\":\"film\","
                + "\"premiereDate\":\"1995-12-23\"}").post("/api/v1/anthologies").then().statusCode(201);
        asEditor().contentType("application/json").body("{\"slug\":\"api-release\",\"anthology\":\"api-anthology\","
                + "\"format\":\"dvd\",\"releaseDate\":\"2004-02-24\"}").post("/api/v1/releases").then().statusCode(201);
        assertDerived("api-person", "api-anthology", "api-release");

        var upserted = importNdjson(ndjson(
                "{\"type\":\"anthology\",\"slug\":\"derived-anthology-2\",\"title\":\"Derived\",\"kind\":\"film\",\"premiereDate\":\"1995-12-23\"}"));
        assertThat(upserted.<Integer>path("anthologies.created")).isEqualTo(1);
        given().get("/api/v1/anthologies/derived-anthology-2").then().statusCode(200)
                .body("releaseYear", equalTo(1995));
        // the same record again finds the derived year stored, and so nothing to change
        assertThat(importNdjson(ndjson(
                "{\"type\":\"anthology\",\"slug\":\"derived-anthology-2\",\"title\":\"Derived\",\"kind\":\"film\",\"premiereDate\":\"1995-12-23\"}"))
                .<Integer>path("anthologies.unchanged")).isEqualTo(1);
    }

    private static void assertDerived(String person, String anthology, String release) {
        given().get("/api/v1/people/" + person).then().statusCode(200)
                .body("birthYear", equalTo(1951)).body("deathYear", equalTo(2010));
        given().get("/api/v1/anthologies/" + anthology).then().statusCode(200)
                .body("releaseYear", equalTo(1995));
        given().get("/api/v1/releases/" + release).then().statusCode(200)
                .body("releaseYear", equalTo(2004));
    }

    private static void assertRefusedImport(ExtractableResponse<Response> refused, int line, Case bad) {
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.<String>path("type")).isEqualTo("/problems/invalid-import");
        assertThat(refused.<List<Integer>>path("errors.line")).as("only the bad record's line").containsOnly(line);
        assertThat(errors(refused, line)).contains(List.of(bad.pointer(), bad.detail()));
    }

    /** Each problem as its pointer and detail; of one line of an import, or of a request body when {@code line} is null. */
    private static List<List<String>> errors(ExtractableResponse<Response> problem, Integer line) {
        List<Map<String, Object>> errors = problem.path("errors");
        assertThat(errors).as("the problem lists its errors").isNotNull();
        return errors.stream().filter(error -> line == null || line.equals(error.get("line")))
                .map(error -> List.of(String.valueOf(error.get("pointer")), String.valueOf(error.get("detail")))).toList();
    }

    /** The records the bad ones refer to, imported when a restore test left the catalogue empty. */
    private static void holdTheCatalogue() {
        if (given().get("/api/v1/companies/rules-studio").statusCode() == 404) {
            assertThat(importNdjson(ndjson(CATALOGUE.toArray(String[]::new))).statusCode()).isEqualTo(200);
        }
    }

    /** An import is a restore only into a catalogue with nothing in it. */
    private void emptyTheCatalogue() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("truncate " + String.join(", ", Restore.TABLES) + ", audit_event");
        }
    }
}
