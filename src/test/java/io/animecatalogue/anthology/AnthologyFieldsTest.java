package io.animecatalogue.anthology;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** {@code fields=}: sparse anthology lists and details. */
@QuarkusTest
class AnthologyFieldsTest {

    @Test
    void aListKeepsOnlyTheChosenMembersOfEachItemAndItsWholePageInfo() {
        Response response = given().queryParam("fields", "title,releaseYear").queryParam("limit", 2).queryParam("total", true)
                .get("/api/v1/anthologies");
        response.then().statusCode(200).contentType("application/json")
                .header("Link", containsString("rel=\"next\""))
                .body("page.limit", equalTo(2)).body("page.total", equalTo(4));
        List<Map<String, Object>> items = response.path("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0)).containsOnlyKeys("id", "title", "releaseYear").containsEntry("title", "Memories")
                .containsEntry("releaseYear", 1995);
        assertThat((String) response.path("page.next")).isNotBlank();
    }

    @Test
    void pathsReachIntoEmbeddedSegmentsAndTheirCredits() {
        Response response = given()
                .queryParam("fields", "title,segments.title,segments.credits.role,segments.credits.person.name")
                .queryParam("include", "segments,credits").queryParam("limit", 1)
                .get("/api/v1/anthologies");
        response.then().statusCode(200);
        Map<String, Object> memories = response.path("items[0]");
        assertThat(memories).containsOnlyKeys("id", "title", "segments");
        Map<String, Object> magneticRose = response.path("items[0].segments[0]");
        assertThat(magneticRose).containsOnlyKeys("id", "title", "credits").containsEntry("title", "Magnetic Rose");
        Map<String, Object> credit = response.path("items[0].segments[0].credits[0]");
        assertThat(credit).containsOnlyKeys("id", "role", "person");
        Map<String, Object> person = response.path("items[0].segments[0].credits[0].person");
        assertThat(person).containsOnlyKeys("id", "name").containsEntry("name", "Koji Morimoto");
    }

    @Test
    void namingAnObjectKeepsAllOfIt() {
        Response response = given().queryParam("fields", "companies,companies.role").get("/api/v1/anthologies/memories");
        response.then().statusCode(200);
        Map<String, Object> anthology = response.path("");
        assertThat(anthology).containsOnlyKeys("id", "companies");
        Map<String, Object> company = response.path("companies[0]");
        assertThat(company).containsKeys("company", "role");
    }

    @Test
    void aDetailKeepsOnlyTheChosenMembersAndItsETagDiffersFromTheWholeOne() {
        Response whole = given().get("/api/v1/anthologies/memories");
        Response sparse = given().queryParam("fields", "title,synopsis").get("/api/v1/anthologies/memories");
        sparse.then().statusCode(200);
        Map<String, Object> body = sparse.path("");
        assertThat(body).containsOnlyKeys("id", "title", "synopsis");
        assertThat(sparse.header("ETag")).isNotBlank();
        given().queryParam("fields", "title,synopsis").header("If-None-Match", sparse.header("ETag"))
                .get("/api/v1/anthologies/memories").then().statusCode(304);
        assertThat(whole.header("ETag")).isNotBlank();
    }

    @Test
    void anUnknownMemberIsA400NamingFieldsAndWhatTheRepresentationHas() {
        given().queryParam("fields", "title,titel").get("/api/v1/anthologies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("fields"))
                .body("errors[0].detail", containsString("'titel'"))
                .body("errors[0].detail", containsString("releaseYear"));
        given().queryParam("fields", "segments.titel").get("/api/v1/anthologies/memories")
                .then().statusCode(400).body("errors[0].parameter", equalTo("fields"))
                .body("errors[0].detail", containsString("'segments' has no member 'titel'"));
        given().queryParam("fields", "title.length").get("/api/v1/anthologies/memories")
                .then().statusCode(400).body("errors[0].parameter", equalTo("fields"))
                .body("errors[0].detail", containsString("'title' has no members"));
        given().queryParam("fields", "title,,slug").get("/api/v1/anthologies")
                .then().statusCode(400).body("errors[0].parameter", equalTo("fields"));
        given().queryParam("fields", "title").queryParam("fields", "slug").get("/api/v1/anthologies")
                .then().statusCode(400).body("errors[0].parameter", equalTo("fields"));
    }
}
