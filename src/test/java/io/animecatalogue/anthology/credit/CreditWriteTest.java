package io.animecatalogue.anthology.credit;

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
class CreditWriteTest {

    private static final String ANTHOLOGY = "/api/v1/anthologies/test-credits";

    @BeforeEach
    void createAnthology() {
        asEditor().contentType("application/json").body("""
                {"slug": "test-credits", "title": "Test Credits", "kind": "film",
                 "credits": [{"person": "katsuhiro-otomo", "role": "general_director"}],
                 "segments": [{"slug": "test-credited", "title": "Credited",
                               "credits": [{"person": "koji-morimoto", "role": "director"}, {"person": "yoko-kanno", "role": "music"}]}]}""")
                .post("/api/v1/anthologies").then().statusCode(201);
    }

    @AfterEach
    void deleteAnthology() {
        String tag = given().get(ANTHOLOGY).then().extract().header("ETag");
        asAdmin().header("If-Match", tag).delete(ANTHOLOGY).then().statusCode(204);
    }

    @Test
    void aCreditOnASegmentIsCreatedAtTheRequestedPlace() {
        var created = asEditor().contentType("application/json")
                .body("{\"person\": \"satoshi-kon\", \"role\": \"screenplay\", \"segment\": \"test-credited\", \"order\": 2}")
                .post("/api/v1/credits").then().statusCode(201).extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/credits/" + id);
        assertThat(created.<String>path("anthology.slug")).isEqualTo("test-credits");
        assertThat(created.<String>path("segment.slug")).isEqualTo("test-credited");
        given().get("/api/v1/credits/" + id).then().statusCode(200).header("ETag", equalTo(created.header("ETag")))
                .body("person.slug", equalTo("satoshi-kon")).body("order", equalTo(2));
        assertThat(segmentStaff()).containsExactly("koji-morimoto", "satoshi-kon", "yoko-kanno");
    }

    @Test
    void aCreditPointsAtExactlyOneOfAnthologyAndSegment() {
        asEditor().contentType("application/json")
                .body("{\"person\": \"satoshi-kon\", \"role\": \"screenplay\", \"anthology\": \"test-credits\", \"segment\": \"test-credited\"}")
                .post("/api/v1/credits").then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", contains("/segment"));
        asEditor().contentType("application/json").body("{\"person\": \"satoshi-kon\", \"role\": \"screenplay\"}")
                .post("/api/v1/credits").then().statusCode(400).body("errors.pointer", contains("/anthology"));
        assertThat(segmentStaff()).containsExactly("koji-morimoto", "yoko-kanno");
    }

    @Test
    void theSamePersonInTheSameRoleTwiceIsAConflict() {
        asEditor().contentType("application/json")
                .body("{\"person\": \"koji-morimoto\", \"role\": \"director\", \"segment\": \"test-credited\"}")
                .post("/api/v1/credits").then().statusCode(409).body("errors[0].pointer", equalTo("/role"));
    }

    @Test
    void aCreditMovesInBillingOrderAndBetweenOwners() {
        JsonPath staff = given().queryParam("include", "credits").get("/api/v1/segments/test-credited").then().extract().jsonPath();
        String kanno = staff.getString("credits[1].id");
        String tag = given().get("/api/v1/credits/" + kanno).then().extract().header("ETag");
        String moved = asEditor().contentType("application/merge-patch+json").header("If-Match", tag).body("{\"order\": 1}")
                .patch("/api/v1/credits/" + kanno).then().statusCode(200).body("order", equalTo(1)).extract().header("ETag");
        assertThat(segmentStaff()).containsExactly("yoko-kanno", "koji-morimoto");

        asEditor().contentType("application/merge-patch+json").header("If-Match", moved)
                .body("{\"segment\": null, \"anthology\": \"test-credits\", \"order\": null}")
                .patch("/api/v1/credits/" + kanno).then().statusCode(200)
                .body("segment", equalTo(null)).body("order", equalTo(2));
        assertThat(segmentStaff()).containsExactly("koji-morimoto");
        given().queryParam("include", "credits").get(ANTHOLOGY).then()
                .body("credits.person.slug", contains("katsuhiro-otomo", "yoko-kanno"))
                .body("credits.order", contains(1, 2));
    }

    @Test
    void deletingACreditClosesTheGap() {
        String first = given().queryParam("include", "credits").get("/api/v1/segments/test-credited").then().extract().path("credits[0].id");
        String tag = given().get("/api/v1/credits/" + first).then().extract().header("ETag");
        asEditor().header("If-Match", tag).delete("/api/v1/credits/" + first).then().statusCode(204);
        given().get("/api/v1/credits/" + first).then().statusCode(404);
        given().queryParam("include", "credits").get("/api/v1/segments/test-credited").then()
                .body("credits.person.slug", contains("yoko-kanno")).body("credits.order", contains(1));
    }

    @Test
    void creditsAreAddressedByIdOnly() {
        given().get("/api/v1/credits/some-slug").then().statusCode(400).body("errors[0].parameter", equalTo("ref"));
    }

    private static List<String> segmentStaff() {
        return given().queryParam("include", "credits").get("/api/v1/segments/test-credited").then().statusCode(200)
                .extract().jsonPath().getList("credits.person.slug");
    }
}
