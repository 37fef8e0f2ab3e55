package io.animecatalogue.exchange;

import io.animecatalogue.database.EmptyCatalogue;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.animecatalogue.auth.TestTokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Export, import into an empty catalogue, export again: the same bytes. And the export's filters. */
@QuarkusTest
@TestProfile(RoundTripTest.EmptyDatabase.class)
class RoundTripTest {

    public static class EmptyDatabase extends EmptyCatalogue {
    }

    @Inject
    SyntheticCatalogueLoader generator;

    @BeforeEach
    void emptyTheCatalogue() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("release_segment", "release_audio_track", "video_release", "credit", "segment",
                    "anthology_company", "anthology", "person", "company", "audit_event")) {
                Panache.getEntityManager().createNativeQuery("delete from " + table).executeUpdate();
            }
        });
    }

    static byte[] export(String query) {
        var response = given().get("/api/v1/export" + query).then().statusCode(200).extract();
        assertThat(response.contentType()).startsWith("application/x-ndjson");
        return response.asByteArray();
    }

    static void importBytes(byte[] ndjson) {
        asEditor().contentType("application/x-ndjson").body(ndjson).post("/api/v1/import").then().statusCode(200);
    }

    private static byte[] seed() throws IOException {
        try (InputStream seed = RoundTripTest.class.getClassLoader().getResourceAsStream(CatalogueSeeder.SEED)) {
            return seed.readAllBytes();
        }
    }

    @Test
    void theSeedCatalogueSurvivesExportAndImportByteForByte() throws IOException {
        importBytes(seed());
        byte[] first = export("");
        assertThat(export("")).as("a second export of the same catalogue").isEqualTo(first);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(60);
        assertThat(text.lines().map(line -> line.substring(9, line.indexOf('"', 9))).distinct())
                .containsExactly("company", "person", "anthology", "release");

        emptyTheCatalogue();
        importBytes(first);
        assertThat(new String(export(""), StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void aGeneratedCatalogueSurvivesExportAndImportByteForByte() {
        generator.load(300);
        byte[] first = export("");
        assertThat(new String(first, StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("{\"type\":\"anthology\"")))
                .hasSize(300);

        emptyTheCatalogue();
        importBytes(first);
        assertThat(export("")).isEqualTo(first);
    }

    @Test
    void anAnthologyExportHoldsItAndWhatItRefersToAndImportsIntoAnEmptyCatalogue() throws IOException {
        importBytes(seed());
        String file = new String(export("?anthology=memories"), StandardCharsets.UTF_8);

        List<String> lines = file.lines().toList();
        assertThat(lines.stream().filter(line -> line.startsWith("{\"type\":\"anthology\""))).singleElement()
                .satisfies(line -> assertThat(line).startsWith("{\"type\":\"anthology\",\"slug\":\"memories\""));
        assertThat(lines.stream().filter(line -> line.startsWith("{\"type\":\"release\""))).hasSize(2);
        Set<String> defined = slugsOf(lines, "company", "person");
        Set<String> referred = new TreeSet<>();
        Matcher reference = Pattern.compile("\"(?:person|company|studio|publisher)\":\"([a-z0-9-]+)\"").matcher(file);
        while (reference.find()) {
            referred.add(reference.group(1));
        }
        assertThat(defined).as("exactly the people and companies the anthology and its releases name").isEqualTo(referred);

        String id = given().get("/api/v1/anthologies/memories").then().extract().path("id");
        assertThat(new String(export("?anthology=" + id), StandardCharsets.UTF_8)).as("by id as by slug").isEqualTo(file);

        emptyTheCatalogue();
        importBytes(file.getBytes(StandardCharsets.UTF_8));
        given().queryParam("include", "segments,credits").get("/api/v1/anthologies/memories").then().statusCode(200)
                .body("segments.slug", equalTo(List.of("magnetic-rose", "stink-bomb", "cannon-fodder")));
    }

    @Test
    void anExportOfChangesSinceATimeHoldsOnlyThem() throws IOException {
        importBytes(seed());
        assertThat(export("?updatedSince=2100-01-01T00:00:00Z")).isEmpty();
        assertThat(new String(export("?updatedSince=2000-01-01T00:00:00Z"), StandardCharsets.UTF_8))
                .isEqualTo(new String(export(""), StandardCharsets.UTF_8));
    }

    @Test
    void badExportParametersAre400sNamingThem() {
        given().get("/api/v1/export?anthology=no-such-anthology").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", equalTo("anthology"));
        given().get("/api/v1/export?updatedSince=yesterday").then().statusCode(400)
                .body("errors[0].parameter", equalTo("updatedSince"));
        given().get("/api/v1/export?type=company").then().statusCode(400).body("errors[0].parameter", equalTo("type"));
    }

    private static Set<String> slugsOf(List<String> lines, String... types) {
        Set<String> slugs = new TreeSet<>();
        for (String line : lines) {
            for (String type : Arrays.asList(types)) {
                String prefix = "{\"type\":\"" + type + "\",\"slug\":\"";
                if (line.startsWith(prefix)) {
                    slugs.add(line.substring(prefix.length(), line.indexOf('"', prefix.length())));
                }
            }
        }
        return slugs;
    }
}
