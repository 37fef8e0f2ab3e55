package io.animecatalogue.company;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class CompanyResourceTest {

    @Test
    void aCompanyHasItsNamesAndKinds() {
        given().when().get("/api/v1/companies/madhouse")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("name", equalTo("Madhouse"))
                .body("nameNative", equalTo("マッドハウス"))
                .body("kinds", hasItems("animation_studio"))
                .body("country", equalTo("JP"));
    }

    @Test
    void theCompaniesOfTheSeedAreListed() {
        given().queryParam("limit", 100).when().get("/api/v1/companies")
                .then().statusCode(200)
                .body("items.slug", hasItems("studio-4c", "madhouse", "sony-pictures-home-entertainment", "discotek-media"))
                .body("items.find { it.slug == 'sony-pictures-home-entertainment' }.kinds", hasItems("home_video_publisher"));
    }

    @Test
    void unknownCompanyIsA404Problem() {
        given().when().get("/api/v1/companies/nowhere-films")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
