package io.animecatalogue.http;

import io.animecatalogue.anthology.Anthology;
import io.animecatalogue.anthology.segment.Segment;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.animecatalogue.auth.TestTokens.asEditor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Every way a request body can be wrong gets a 4xx problem that names the member, and leaves the catalogue as it was.
 */
@QuarkusTest
class RequestBodyProblemsTest {

    private long[] before;

    @BeforeEach
    void count() {
        before = counts();
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(counts()).isEqualTo(before);
    }

    private static ValidatableResponse post(String contentType, String body) {
        return asEditor().contentType(contentType).body(body).post("/api/v1/anthologies").then()
                .contentType("application/problem+json")
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("io.animecatalogue")));
    }

    @Test
    void malformedJson() {
        post("application/json", "{\"title\": \"Memories\", ").statusCode(400).body("type", equalTo("/problems/invalid-body"));
    }

    @Test
    void wrongContentType() {
        post("text/plain", "title=Memories").statusCode(415).body("type", equalTo("/problems/unsupported-media-type"));
    }

    @Test
    void unknownMember() {
        post("application/json", "{\"title\": \"X\", \"kind\": \"film\", \"rating\": 5}").statusCode(400)
                .body("errors[0].pointer", equalTo("/rating"));
    }

    @Test
    void wrongType() {
        post("application/json", "{\"title\": \"X\", \"kind\": \"film\", \"runtimeMinutes\": \"long\"}").statusCode(400)
                .body("errors[0].pointer", equalTo("/runtimeMinutes"));
        post("application/json", "{\"title\": {\"en\": \"X\"}, \"kind\": \"film\"}").statusCode(400)
                .body("errors[0].pointer", equalTo("/title"));
    }

    /** Found by SpecConformanceTest: Jackson would have stored these as "true", 2, 12 and the second kind. */
    @Test
    void aValueOfAnotherJsonTypeIsNotConverted() {
        post("application/json", "{\"slug\": true, \"title\": \"X\", \"kind\": \"film\"}").statusCode(400)
                .body("errors[0].pointer", equalTo("/slug")).body("errors[0].detail", equalTo("must be a string"));
        post("application/json", "{\"title\": \"X\", \"kind\": \"film\", \"runtimeMinutes\": 2.5}").statusCode(400)
                .body("errors[0].pointer", equalTo("/runtimeMinutes"));
        post("application/json", "{\"title\": \"X\", \"kind\": \"film\", \"releaseYear\": \"1995\"}").statusCode(400)
                .body("errors[0].pointer", equalTo("/releaseYear"));
        post("application/json", "{\"title\": \"X\", \"kind\": 1}").statusCode(400)
                .body("errors[0].pointer", equalTo("/kind"));
    }

    @Test
    void anythingAfterTheDocumentIsRefused() {
        post("application/json", "{\"title\": \"X\", \"kind\": \"film\"}}").statusCode(400)
                .body("type", equalTo("/problems/invalid-body"));
        post("application/json", "{\"title\": \"X\", \"kind\": \"film\"} {\"title\": \"Y\", \"kind\": \"film\"}").statusCode(400);
    }

    @Test
    void unknownEnumerationValue() {
        post("application/json", "{\"title\": \"X\", \"kind\": \"movie\"}").statusCode(400)
                .body("errors[0].pointer", equalTo("/kind")).body("errors[0].detail", containsString("film"));
    }

    @Test
    void nullWhereRequired() {
        post("application/json", "{\"title\": null, \"kind\": \"film\"}").statusCode(400)
                .body("errors[0].pointer", equalTo("/title"));
        post("application/json", "null").statusCode(400).body("errors[0].pointer", equalTo(""));
    }

    @Test
    void hugeString() {
        post("application/json", "{\"title\": \"" + "x".repeat(10_000) + "\", \"kind\": \"film\"}").statusCode(400)
                .body("errors[0].pointer", equalTo("/title"));
        post("application/json", "{\"title\": \"" + "x".repeat(200_000) + "\", \"kind\": \"film\"}").statusCode(400)
                .body("errors[0].pointer", equalTo("/title"));
    }

    @Test
    void deeplyNestedJson() {
        String nested = "[".repeat(1_000) + "]".repeat(1_000);
        post("application/json", "{\"title\": \"X\", \"kind\": \"film\", \"alternateTitles\": " + nested + "}").statusCode(400)
                .body("errors[0].pointer", containsString("/alternateTitles"));
        // a merge patch is read as a whole tree first, so there the nesting limit is what stops it
        asEditor().contentType("application/merge-patch+json").header("If-Match", "*")
                .body("{\"synopsis\": " + nested + "}").patch("/api/v1/anthologies/memories")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].detail", containsString("levels"));
    }

    @Test
    void bodyLargerThanTheLimit() {
        post("application/json", "{\"title\": \"X\", \"kind\": \"film\", \"synopsis\": \"" + "x".repeat(1_100_000) + "\"}")
                .statusCode(413).body("type", equalTo("/problems/payload-too-large"));
    }

    @Test
    void tooManyItemsInAList() {
        String titles = "\"t\",".repeat(50) + "\"t\"";
        post("application/json", "{\"title\": \"X\", \"kind\": \"film\", \"alternateTitles\": [" + titles + "]}").statusCode(400)
                .body("errors[0].pointer", equalTo("/alternateTitles"));
    }

    @Test
    void idOfAnotherResourceType() {
        String personId = io.restassured.RestAssured.get("/api/v1/people/satoshi-kon").then().extract().path("id");
        post("application/json", "{\"title\": \"X\", \"kind\": \"film\", \"companies\": [{\"company\": \"" + personId
                + "\", \"role\": \"producer\"}]}").statusCode(400)
                .body("errors[0].pointer", equalTo("/companies/0/company"))
                .body("errors[0].detail", containsString("no company has the id"));
    }

    @Test
    void slugsWithSpacesOrUppercase() {
        post("application/json", "{\"slug\": \"Robot Carnival 2\", \"title\": \"X\", \"kind\": \"film\"}").statusCode(400)
                .body("errors[0].pointer", equalTo("/slug"));
        post("application/json", "{\"slug\": \"Robot-Carnival\", \"title\": \"X\", \"kind\": \"film\"}").statusCode(400)
                .body("errors[0].pointer", equalTo("/slug"));
    }

    @Test
    void impossibleDate() {
        post("application/json", "{\"title\": \"X\", \"kind\": \"film\", \"premiereDate\": \"1995-02-30\"}").statusCode(400)
                .body("errors[0].pointer", equalTo("/premiereDate"))
                .body("errors[0].detail", containsString("YYYY-MM-DD"));
    }

    @Test
    void duplicateSlug() {
        post("application/json", "{\"slug\": \"memories\", \"title\": \"Memories again\", \"kind\": \"film\"}").statusCode(409)
                .body("errors[0].pointer", equalTo("/slug"));
    }

    private static long[] counts() {
        return QuarkusTransaction.requiringNew().call(() -> new long[]{Anthology.count(), Segment.count()});
    }
}
