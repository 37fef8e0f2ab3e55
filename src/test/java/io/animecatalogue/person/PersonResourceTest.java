package io.animecatalogue.person;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PersonResourceTest {

    @Test
    void aPersonHasNamesInEveryScriptAndLifeDates() {
        given().when().get("/api/v1/people/satoshi-kon")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("name", equalTo("Satoshi Kon"))
                .body("nameNative", equalTo("今敏"))
                .body("nameRomanized", equalTo("Kon Satoshi"))
                .body("birthDate", equalTo("1963-10-12"))
                .body("birthYear", equalTo(1963))
                .body("deathDate", equalTo("2010-08-24"))
                .body("deathYear", equalTo(2010))
                .body("externalIds", notNullValue());
    }

    @Test
    void aYearAloneIsGivenWithoutAFakeDate() {
        given().when().get("/api/v1/people/takashi-nakamura")
                .then().statusCode(200)
                .body("birthYear", equalTo(1955))
                .body("birthDate", nullValue());
    }

    @Test
    void everyoneCreditedOnMagneticRoseIsListed() {
        given().queryParam("limit", 100).when().get("/api/v1/people")
                .then().statusCode(200)
                .body("items.slug", hasItems("katsuhiro-otomo", "satoshi-kon", "koji-morimoto", "yoko-kanno"));
    }

    @Test
    void unknownPersonIsA404Problem() {
        given().when().get("/api/v1/people/nobody-at-all")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }
}
