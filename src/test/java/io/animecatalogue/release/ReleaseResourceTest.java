package io.animecatalogue.release;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ReleaseResourceTest {

    @Test
    void memoriesReleasesShowTheUsDvdWithItsSpecs() {
        given().when().get("/api/v1/anthologies/memories/releases")
                .then().statusCode(200)
                .body("items[0].slug", equalTo("memories-us-dvd"))
                .body("items[0].format", equalTo("dvd"))
                .body("items[0].country", equalTo("US"))
                .body("items[0].regionCodes", equalTo(List.of("1")))
                .body("items[0].publisher.name", equalTo("Sony Pictures Home Entertainment"))
                .body("items[0].aspectRatio", equalTo("1.85:1"))
                .body("items[0].anamorphic", equalTo(true))
                .body("items[0].printStatus", equalTo("out_of_print"))
                .body("items[0].bonusFeatures.size()", equalTo(2))
                .body("items[0].releaseYear", equalTo(2004))
                .body("items[0].segments.slug", equalTo(List.of("magnetic-rose", "stink-bomb", "cannon-fodder")));
    }

    @Test
    void anAnthologysReleasesAreListedOldestFirstAcrossPages() {
        given().queryParam("limit", 1).when().get("/api/v1/anthologies/memories/releases")
                .then().statusCode(200)
                .body("items[0].slug", equalTo("memories-us-dvd"))
                .header("Link", notNullValue());
        String next = given().queryParam("limit", 1).get("/api/v1/anthologies/memories/releases").then().extract().path("page.next");
        given().queryParam("limit", 1).queryParam("cursor", next).when().get("/api/v1/anthologies/memories/releases")
                .then().statusCode(200)
                .body("items[0].slug", equalTo("memories-us-blu-ray"));
    }

    @Test
    void theDiscotekRobotCarnivalBluRayIsAReleaseOfItsOwn() {
        given().when().get("/api/v1/releases/robot-carnival-us-blu-ray")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("format", equalTo("blu_ray"))
                .body("publisher.slug", equalTo("discotek-media"))
                .body("anthology.slug", equalTo("robot-carnival"));
        given().queryParam("limit", 100).when().get("/api/v1/releases")
                .then().statusCode(200)
                .body("items.slug", hasItems("memories-us-dvd", "robot-carnival-us-blu-ray"));
    }

    @Test
    void unknownReleaseIsA404Problem() {
        given().when().get("/api/v1/releases/no-such-release")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
