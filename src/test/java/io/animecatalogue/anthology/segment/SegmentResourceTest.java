package io.animecatalogue.anthology.segment;

import io.animecatalogue.database.SentStatements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class SegmentResourceTest {

    @Inject
    SentStatements statements;

    @Test
    void aSegmentNamesItsAnthologyStudioAndSource() {
        given().when().get("/api/v1/segments/magnetic-rose")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("title", equalTo("Magnetic Rose"))
                .body("titleNative", equalTo("彼女の想いで"))
                .body("titleRomanized", equalTo("Kanojo no Omoide"))
                .body("position", equalTo(1))
                .body("anthology.slug", equalTo("memories"))
                .body("studio.slug", equalTo("studio-4c"))
                .body("credits", nullValue());
    }

    @Test
    void includeCreditsEmbedsTheSegmentStaffInBillingOrder() {
        JsonPath body = given().queryParam("include", "credits").when().get("/api/v1/segments/magnetic-rose")
                .then().statusCode(200).extract().jsonPath();
        assertThat(body.getList("credits.order", Integer.class)).isSorted().startsWith(1);
        assertThat(body.getString("credits.find { it.role == 'director' }.person.name")).isEqualTo("Koji Morimoto");
        assertThat(body.getString("credits.find { it.role == 'screenplay' }.person.name")).isEqualTo("Satoshi Kon");
        assertThat(body.getString("credits.find { it.role == 'music' }.person.name")).isEqualTo("Yoko Kanno");
    }

    @Test
    void aSegmentWithItsStaffAndAnAnthologysSegmentsAreOneStatementEach() {
        String id = given().get("/api/v1/segments/magnetic-rose").then().statusCode(200).extract().path("id");
        for (String url : List.of("/api/v1/segments/magnetic-rose?include=credits", "/api/v1/segments/" + id + "?include=credits",
                "/api/v1/segments/magnetic-rose", "/api/v1/anthologies/memories/segments?total=true",
                "/api/v1/anthologies/robot-carnival/segments?limit=2")) {
            long before = statements.count();
            given().get(url).then().statusCode(200);
            assertThat(statements.count() - before).as(url).isEqualTo(1);
        }
        // so is an unknown one
        long before = statements.count();
        given().get("/api/v1/segments/no-such-segment?include=credits").then().statusCode(404);
        assertThat(statements.count() - before).isEqualTo(1);
    }

    @Test
    void anUnknownAnthologyIsA404BeforeABadCursorIsA400() {
        // a cursor of this list is a running-order place; one of another list is not
        String foreign = given().queryParam("limit", 1).get("/api/v1/segments").then().extract().path("page.next");
        given().queryParam("cursor", foreign).get("/api/v1/anthologies/memoirs/segments").then().statusCode(404);
        given().queryParam("cursor", foreign).get("/api/v1/anthologies/memories/segments").then().statusCode(400)
                .body("errors[0].parameter", equalTo("cursor"));
    }

    @Test
    void anAnthologysSegmentsAreListedInRunningOrder() {
        given().queryParam("total", true).when().get("/api/v1/anthologies/memories/segments")
                .then().statusCode(200)
                .body("items.slug", equalTo(java.util.List.of("magnetic-rose", "stink-bomb", "cannon-fodder")))
                .body("page.total", equalTo(3))
                .body("page.next", nullValue());
        given().queryParam("limit", 2).when().get("/api/v1/anthologies/robot-carnival/segments")
                .then().statusCode(200)
                .body("items[0].slug", equalTo("robot-carnival-opening"))
                .body("page.next", notNullValue());
    }

    @Test
    void allSegmentsAreListed() {
        given().queryParam("limit", 100).when().get("/api/v1/segments")
                .then().statusCode(200)
                .body("items.slug", hasItems("magnetic-rose", "stink-bomb", "cannon-fodder", "frankens-gears", "possessions"));
    }

    @Test
    void segmentsOfAnUnknownAnthologyAreA404Problem() {
        given().when().get("/api/v1/anthologies/memoirs/segments")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/segments/no-such-segment")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
