package io.animecatalogue.anthology.segment;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.animecatalogue.auth.TestTokens.asAdmin;
import static io.animecatalogue.auth.TestTokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class SegmentWriteTest {

    private static final String ANTHOLOGY = "/api/v1/anthologies/test-shorts";

    @BeforeEach
    void createAnthologyWithThreeSegments() {
        asEditor().contentType("application/json").body("""
                {"slug": "test-shorts", "title": "Test Shorts", "kind": "film",
                 "segments": [{"slug": "test-one", "title": "One"}, {"slug": "test-two", "title": "Two"},
                              {"slug": "test-three", "title": "Three", "credits": [{"person": "koji-morimoto", "role": "director"}]}]}""")
                .post("/api/v1/anthologies").then().statusCode(201);
    }

    @AfterEach
    void deleteAnthology() {
        String tag = given().get(ANTHOLOGY).then().extract().header("ETag");
        asAdmin().header("If-Match", tag).delete(ANTHOLOGY).then().statusCode(204);
    }

    @Test
    void aSegmentAddedAtAPlaceMovesTheOthersDown() {
        String countTag = given().get(ANTHOLOGY).then().extract().header("ETag");
        var created = asEditor().contentType("application/json")
                .body("{\"slug\": \"test-zero\", \"title\": \"Zero\", \"position\": 1, \"studio\": \"madhouse\"}")
                .post(ANTHOLOGY + "/segments").then().statusCode(201).extract();
        assertThat(created.header("Location")).endsWith("/api/v1/segments/" + created.path("id"));
        assertThat(created.<Integer>path("position")).isEqualTo(1);
        assertThat(created.<String>path("studio.slug")).isEqualTo("madhouse");
        assertThat(runningOrder()).containsExactly("test-zero", "test-one", "test-two", "test-three");
        // the anthology shows how many segments it has, so its ETag changes too
        given().get(ANTHOLOGY).then().body("segmentCount", equalTo(4)).header("ETag", org.hamcrest.Matchers.not(countTag));
    }

    @Test
    void patchingThePositionReordersTheSegments() {
        String tag = given().get("/api/v1/segments/test-three").then().extract().header("ETag");
        asEditor().contentType("application/merge-patch+json").header("If-Match", tag).body("{\"position\": 1}")
                .patch("/api/v1/segments/test-three").then().statusCode(200).body("position", equalTo(1));
        assertThat(runningOrder()).containsExactly("test-three", "test-one", "test-two");

        String oneTag = given().get("/api/v1/segments/test-one").then().extract().header("ETag");
        asEditor().contentType("application/merge-patch+json").header("If-Match", oneTag).body("{\"position\": 3}")
                .patch("/api/v1/segments/test-one").then().statusCode(200);
        assertThat(runningOrder()).containsExactly("test-three", "test-two", "test-one");
        // credits stay with their segment
        given().queryParam("include", "credits").get("/api/v1/segments/test-three").then()
                .body("credits.person.slug", contains("koji-morimoto"));
    }

    @Test
    void aPlaceOutsideTheRunningOrderIsRefused() {
        String tag = given().get("/api/v1/segments/test-two").then().extract().header("ETag");
        asEditor().contentType("application/merge-patch+json").header("If-Match", tag).body("{\"position\": 4}")
                .patch("/api/v1/segments/test-two")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/position")).body("errors[0].detail", equalTo("must be from 1 to 3"));
        asEditor().contentType("application/json").body("{\"title\": \"Nope\", \"position\": 0}")
                .post(ANTHOLOGY + "/segments").then().statusCode(400).body("errors[0].pointer", equalTo("/position"));
        assertThat(runningOrder()).containsExactly("test-one", "test-two", "test-three");
    }

    @Test
    void creditsAreNotReplacedThroughTheSegment() {
        String tag = given().get("/api/v1/segments/test-three").then().extract().header("ETag");
        asEditor().contentType("application/json").header("If-Match", tag)
                .body("{\"title\": \"Three\", \"credits\": []}").put("/api/v1/segments/test-three")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/credits"));
        asEditor().contentType("application/json").header("If-Match", tag)
                .body("{\"title\": \"Three, replaced\", \"titleNative\": \"三\"}").put("/api/v1/segments/test-three")
                .then().statusCode(200).body("title", equalTo("Three, replaced")).body("position", equalTo(3));
    }

    @Test
    void deletingASegmentTakesItsCreditsAndClosesTheGap() {
        String tag = given().get("/api/v1/segments/test-one").then().extract().header("ETag");
        asEditor().delete("/api/v1/segments/test-one").then().statusCode(428);
        asEditor().header("If-Match", tag).delete("/api/v1/segments/test-one").then().statusCode(204);
        given().get("/api/v1/segments/test-one").then().statusCode(404);
        JsonPath segments = given().get(ANTHOLOGY + "/segments").then().extract().jsonPath();
        assertThat(segments.getList("items.slug")).containsExactly("test-two", "test-three");
        assertThat(segments.getList("items.position", Integer.class)).containsExactly(1, 2);
    }

    @Test
    void aSegmentSlugTakenByAnotherSegmentIsAConflict() {
        asEditor().contentType("application/json").body("{\"slug\": \"magnetic-rose\", \"title\": \"Copy\"}")
                .post(ANTHOLOGY + "/segments")
                .then().statusCode(409).body("errors[0].pointer", equalTo("/slug"));
        assertThat(runningOrder()).containsExactly("test-one", "test-two", "test-three");
    }

    private static List<String> runningOrder() {
        return given().get(ANTHOLOGY + "/segments").then().statusCode(200).extract().jsonPath().getList("items.slug");
    }
}
