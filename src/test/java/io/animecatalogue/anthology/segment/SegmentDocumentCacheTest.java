package io.animecatalogue.anthology.segment;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.animecatalogue.auth.TestTokens.asAdmin;
import static io.animecatalogue.auth.TestTokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A segment detail and the items of a segment page are kept rendered, and served only while every row they show
 * has the version they were rendered from: each write to the segment, its anthology, its studio, its credits or
 * their people shows on the next read, with a new ETag; and the ETag a read gives is the If-Match a write takes.
 */
@QuarkusTest
class SegmentDocumentCacheTest {

    private static final String DETAIL = "/api/v1/segments/kept-one?include=credits";
    private static final String PAGE = "/api/v1/segments?anthology=kept-test&total=true";

    @BeforeEach
    void createAnthology() {
        asEditor().contentType("application/json").body("""
                {"slug": "kept-studio", "name": "Kept Studio", "kinds": ["animation_studio"]}""")
                .post("/api/v1/companies").then().statusCode(201);
        asEditor().contentType("application/json").body("""
                {"slug": "kept-person", "name": "Kept Person"}""").post("/api/v1/people").then().statusCode(201);
        asEditor().contentType("application/json").body("""
                {"slug": "kept-test", "title": "Kept Test", "kind": "web",
                 "segments": [{"slug": "kept-one", "title": "One", "studio": "kept-studio",
                               "credits": [{"person": "kept-person", "role": "director"}]}]}""")
                .post("/api/v1/anthologies").then().statusCode(201);
    }

    @AfterEach
    void deleteAll() {
        asAdmin().header("If-Match", "*").delete("/api/v1/anthologies/kept-test").then().statusCode(204);
        asAdmin().header("If-Match", "*").delete("/api/v1/people/kept-person").then().statusCode(204);
        asAdmin().header("If-Match", "*").delete("/api/v1/companies/kept-studio").then().statusCode(204);
    }

    @Test
    void aKeptDocumentIsServedAsItWasAndRevalidates() {
        Response first = given().get(DETAIL);
        Response second = given().get(DETAIL);
        assertThat(second.asString()).isEqualTo(first.asString());
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        given().header("If-None-Match", first.header("ETag")).get(DETAIL).then().statusCode(304);
        Response page = given().get(PAGE);
        assertThat(given().get(PAGE).asString()).isEqualTo(page.asString());
        given().header("If-None-Match", page.header("ETag")).get(PAGE).then().statusCode(304);
    }

    @Test
    void eachWriteToWhatASegmentShowsShowsOnTheNextRead() {
        Tags tags = new Tags(given().get(DETAIL).header("ETag"), given().get(PAGE).header("ETag"));

        // the ETag of a read is the If-Match of a write
        String plain = given().get("/api/v1/segments/kept-one").then().statusCode(200).extract().header("ETag");
        asEditor().contentType("application/merge-patch+json").header("If-Match", plain).body("{\"title\": \"One, renamed\"}")
                .patch("/api/v1/segments/kept-one").then().statusCode(200);
        tags = tags.changed("title", "One, renamed", true);

        asEditor().contentType("application/merge-patch+json").header("If-Match", "*").body("{\"name\": \"Renamed Studio\"}")
                .patch("/api/v1/companies/kept-studio").then().statusCode(200);
        tags = tags.changed("studio.name", "Renamed Studio", true);

        asEditor().contentType("application/merge-patch+json").header("If-Match", "*").body("{\"title\": \"Kept, renamed\"}")
                .patch("/api/v1/anthologies/kept-test").then().statusCode(200);
        tags = tags.changed("anthology.title", "Kept, renamed", true);

        asEditor().contentType("application/merge-patch+json").header("If-Match", "*").body("{\"name\": \"Renamed Person\"}")
                .patch("/api/v1/people/kept-person").then().statusCode(200);
        tags = tags.changed("credits[0].person.name", "Renamed Person", false);

        String credit = asEditor().contentType("application/json")
                .body("{\"person\": \"kept-person\", \"role\": \"music\", \"segment\": \"kept-one\", \"order\": 1}")
                .post("/api/v1/credits").then().statusCode(201).extract().path("id");
        tags = tags.changed("credits.role", "[music, director]", false);
        String creditTag = given().get("/api/v1/credits/" + credit).then().statusCode(200).extract().header("ETag");

        asEditor().contentType("application/merge-patch+json").header("If-Match", creditTag).body("{\"order\": 2}")
                .patch("/api/v1/credits/" + credit).then().statusCode(200);
        tags = tags.changed("credits.role", "[director, music]", false);

        asEditor().header("If-Match", "*").delete("/api/v1/credits/" + credit).then().statusCode(204);
        tags = tags.changed("credits.role", "[director]", false);

        asEditor().contentType("application/x-ndjson").body("""
                {"type": "anthology", "slug": "kept-test", "title": "Kept, renamed", "kind": "web", \
                "segments": [{"slug": "kept-one", "title": "One, imported", \
                "credits": [{"person": "kept-person", "role": "director"}]}]}
                """.getBytes(StandardCharsets.UTF_8)).post("/api/v1/import").then().statusCode(200);
        tags.changed("studio", null, true);
    }

    /** The ETags of the detail and the page, which each write must change. */
    private record Tags(String detail, String page) {

        /** @param listed whether the page's items show the member too (they leave out credits) */
        Tags changed(String path, String value, boolean listed) {
            Response detailRead = given().get(DETAIL);
            assertThat(String.valueOf(detailRead.then().statusCode(200).extract().jsonPath().getString(path))).as(path)
                    .isEqualTo(String.valueOf(value));
            assertThat(detailRead.header("ETag")).as(path).isNotEqualTo(detail);
            Response pageRead = given().get(PAGE);
            JsonPath items = pageRead.then().statusCode(200).extract().jsonPath();
            if (listed) {
                assertThat(String.valueOf(items.getString("items[0]." + path))).as(path).isEqualTo(String.valueOf(value));
                assertThat(pageRead.header("ETag")).as(path).isNotEqualTo(page);
            }
            return new Tags(detailRead.header("ETag"), pageRead.header("ETag"));
        }
    }
}
