package io.animecatalogue.anthology;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.animecatalogue.database.SentStatements;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static io.animecatalogue.auth.TestTokens.asAdmin;
import static io.animecatalogue.auth.TestTokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents kept rendered (DocumentCache) are served only while nothing they show has changed: every kind of write
 * to what a list item or a detail embeds shows on the next read, with a new ETag, whether it came through the API or
 * an import.
 */
@QuarkusTest
class DocumentCacheTest {

    /** Only the test's anthology credits the test's person. */
    private static final String PAGE = "/api/v1/anthologies?person=cache-person&include=segments,credits,companies";
    private static final String DETAIL = "/api/v1/anthologies/cache-test?include=segments,credits";

    @Inject
    SentStatements statements;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void createAnthology() {
        asEditor().contentType("application/json").body("""
                {"slug": "cache-studio", "name": "Cache Studio", "kinds": ["animation_studio"]}""")
                .post("/api/v1/companies").then().statusCode(201);
        asEditor().contentType("application/json").body("""
                {"slug": "cache-person", "name": "Cache Person"}""").post("/api/v1/people").then().statusCode(201);
        asEditor().contentType("application/json").body("""
                {"slug": "cache-test", "title": "Cache Test", "kind": "web",
                 "companies": [{"company": "cache-studio", "role": "animation_studio"}],
                 "credits": [{"person": "cache-person", "role": "general_director"}],
                 "segments": [{"slug": "cache-test-one", "title": "One", "studio": "cache-studio",
                               "credits": [{"person": "cache-person", "role": "director"}]}]}""")
                .post("/api/v1/anthologies").then().statusCode(201);
    }

    @AfterEach
    void deleteAll() {
        asAdmin().header("If-Match", "*").delete("/api/v1/anthologies/cache-test").then().statusCode(204);
        asAdmin().header("If-Match", "*").delete("/api/v1/people/cache-person").then().statusCode(204);
        asAdmin().header("If-Match", "*").delete("/api/v1/companies/cache-studio").then().statusCode(204);
    }

    @Test
    void aKeptItemIsServedAsItWasWithoutReadingWhatItEmbeds() {
        long withoutEmbeds = statementsFor("/api/v1/anthologies?person=cache-person");
        Response first = page();
        long again = statementsFor(PAGE);
        Response second = page();
        assertThat(second.asString()).isEqualTo(first.asString());
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        // the anthology rows tell that the kept item is current: no segment, credit or company is read
        assertThat(again).isEqualTo(withoutEmbeds);
        // as sparse fields are cut from the whole item, they are rendered afresh, and agree
        assertThat(given().queryParam("fields", "title,segments.title").get(PAGE).then().statusCode(200).extract()
                .<String>path("items[0].segments[0].title")).isEqualTo("One");
    }

    @Test
    void eachWriteToWhatAnItemEmbedsShowsOnTheNextPage() throws SQLException {
        String tag = page().header("ETag");
        detailTag = given().get(DETAIL).then().statusCode(200).extract().header("ETag");
        assertThat(given().get(DETAIL).then().statusCode(200).extract().header("ETag")).isEqualTo(detailTag);
        long version = embeddedVersion();

        asEditor().contentType("application/merge-patch+json").header("If-Match", "*").body("{\"title\": \"One, renamed\"}")
                .patch("/api/v1/segments/cache-test-one").then().statusCode(200);
        tag = changed(tag, "items[0].segments[0].title", "One, renamed");

        asEditor().contentType("application/merge-patch+json").header("If-Match", "*").body("{\"name\": \"Renamed Person\"}")
                .patch("/api/v1/people/cache-person").then().statusCode(200);
        tag = changed(tag, "items[0].credits[0].person.name", "Renamed Person");
        assertThat(page().jsonPath().getString("items[0].segments[0].credits[0].person.name")).isEqualTo("Renamed Person");

        asEditor().contentType("application/merge-patch+json").header("If-Match", "*").body("{\"name\": \"Renamed Studio\"}")
                .patch("/api/v1/companies/cache-studio").then().statusCode(200);
        tag = changed(tag, "items[0].segments[0].studio.name", "Renamed Studio");
        assertThat(page().jsonPath().getString("items[0].companies[0].company.name")).isEqualTo("Renamed Studio");

        asEditor().contentType("application/json").body("{\"person\": \"cache-person\", \"role\": \"music\", \"segment\": \"cache-test-one\"}")
                .post("/api/v1/credits").then().statusCode(201);
        tag = changed(tag, "items[0].segments[0].credits[1].role", "music");

        asEditor().contentType("application/x-ndjson").body("""
                {"type": "anthology", "slug": "cache-test", "title": "Cache Test", "kind": "web", \
                "companies": [{"company": "cache-studio", "role": "animation_studio"}], \
                "credits": [{"person": "cache-person", "role": "general_director"}], \
                "segments": [{"slug": "cache-test-one", "title": "One, imported", "studio": "cache-studio", \
                "credits": [{"person": "cache-person", "role": "director"}]}]}
                """.getBytes(StandardCharsets.UTF_8)).post("/api/v1/import").then().statusCode(200);
        tag = changed(tag, "items[0].segments[0].title", "One, imported");

        asEditor().header("If-Match", "*").delete("/api/v1/segments/cache-test-one").then().statusCode(204);
        changed(tag, "items[0].segmentCount", "0");

        assertThat(embeddedVersion()).isGreaterThanOrEqualTo(version + 6);
    }

    /**
     * The page shows the value at the path, under a new ETag, and so does the anthology's detail (the path without
     * {@code items[0].}); answers the page's tag.
     */
    private String changed(String tag, String path, String value) {
        page();
        Response now = page();
        assertThat(now.jsonPath().getString(path)).isEqualTo(value);
        assertThat(now.header("ETag")).isNotEqualTo(tag);
        String detailPath = path.substring("items[0].".length());
        if (!detailPath.startsWith("companies")) {
            Response detail = given().get(DETAIL).then().statusCode(200).extract().response();
            assertThat(detail.jsonPath().getString(detailPath)).as(DETAIL).isEqualTo(value);
            assertThat(detail.header("ETag")).as(DETAIL).isNotEqualTo(detailTag);
            detailTag = detail.header("ETag");
        }
        return now.header("ETag");
    }

    /** The detail's ETag as the last check saw it. */
    private String detailTag;

    private static Response page() {
        return given().urlEncodingEnabled(false).get(PAGE).then().statusCode(200).extract().response();
    }

    private long statementsFor(String url) {
        long before = statements.count();
        JsonPath body = given().urlEncodingEnabled(false).get(url).then().statusCode(200).extract().jsonPath();
        assertThat(body.getList("items.slug")).containsExactly("cache-test");
        return statements.count() - before;
    }

    private long embeddedVersion() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select embedded_version from anthology where slug = 'cache-test'");
             ResultSet row = statement.executeQuery()) {
            assertThat(row.next()).isTrue();
            return row.getLong(1);
        }
    }
}
