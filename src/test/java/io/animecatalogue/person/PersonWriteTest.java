package io.animecatalogue.person;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.animecatalogue.auth.TestTokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PersonWriteTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    /** Not in the seed, so that creating it does not collide and removing it leaves the seed as other tests count it. */
    private static final String SLUG = "mamoru-oshii-test";
    private static final String OSHII = """
            {"slug": "mamoru-oshii-test", "name": "Mamoru Oshii", "nameNative": "押井守", "nameRomanized": "Oshii Mamoru", \
            "alternateNames": ["Oshii Mamoru"], "birthDate": "1951-08-08", "birthYear": 1951, \
            "biography": "Director of Ghost in the Shell.", "externalIds": {"aniList": 990000001}}""";

    static ValidatableResponse post(String body) {
        return asEditor().contentType("application/json").body(body).post("/api/v1/people").then();
    }

    static ExtractableResponse<Response> create(String body) {
        return post(body).statusCode(201).extract();
    }

    /** A failed assertion must not leave a person behind for the tests that count the seed's people. */
    @AfterEach
    void removeWhatWasCreated() {
        for (String slug : List.of(SLUG, "mamoru-oshii", "nobody")) {
            if (given().get("/api/v1/people/" + slug).statusCode() == 200) {
                asEditor().header("If-Match", "*").delete("/api/v1/people/" + slug).then().statusCode(204);
            }
        }
    }

    @Test
    void createAnswers201WithLocationETagAndTheBody() {
        var created = create(OSHII);
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/people/" + id);
        assertThat(created.header("ETag")).isNotBlank();
        assertThat(created.<String>path("nameNative")).isEqualTo("押井守");
        assertThat(created.<Integer>path("externalIds.aniList")).isEqualTo(990000001);

        given().get("/api/v1/people/" + SLUG).then().statusCode(200)
                .header("ETag", equalTo(created.header("ETag")))
                .body("id", equalTo(id))
                .body("birthDate", equalTo("1951-08-08"))
                .body("birthYear", equalTo(1951))
                .body("alternateNames", contains("Oshii Mamoru"))
                .body("biography", equalTo("Director of Ghost in the Shell."));
        asEditor().get("/api/v1/audit-events?resource=" + id).then().statusCode(200)
                .body("items[0].action", equalTo("create"))
                .body("items[0].actor", equalTo("test-editor"))
                .body("items[0].resourceType", equalTo("person"))
                .body("items[0].resourceSlug", equalTo(SLUG));
    }

    @Test
    void aSlugIsDerivedFromTheNameWhenNoneIsGiven() {
        post("{\"name\": \"Mamoru Ōshii\"}").statusCode(201).body("slug", equalTo("mamoru-oshii"));
    }

    @Test
    void aFullDateGivesItsYear() {
        post("{\"slug\": \"mamoru-oshii-test\", \"name\": \"Mamoru Oshii\", \"birthDate\": \"1951-08-08\"}")
                .statusCode(201).body("birthYear", equalTo(1951));
        given().get("/api/v1/people/" + SLUG).then().body("birthYear", equalTo(1951)).body("deathYear", nullValue());
    }

    @Test
    void replaceNeedsTheCurrentETagAndWritesNothingWhenItIsStale() {
        String firstTag = create(OSHII).header("ETag");
        String replaced = """
                {"name": "Mamoru Oshii", "birthYear": 1951, "externalIds": {"aniList": 990000001}}""";

        asEditor().contentType("application/json").body(replaced).put("/api/v1/people/" + SLUG)
                .then().statusCode(428).contentType(PROBLEM_JSON).body("type", equalTo("/problems/precondition-required"));

        // the person's own external id is no conflict with themselves
        String secondTag = asEditor().contentType("application/json").header("If-Match", firstTag).body(replaced)
                .put("/api/v1/people/" + SLUG)
                .then().statusCode(200).header("ETag", not(equalTo(firstTag)))
                .body("slug", equalTo(SLUG))
                .body("birthYear", equalTo(1951))
                // a replace is whole: what the body leaves out is cleared
                .body("birthDate", nullValue())
                .body("nameNative", nullValue())
                .body("alternateNames", equalTo(List.of()))
                .extract().header("ETag");

        asEditor().contentType("application/json").header("If-Match", firstTag)
                .body("{\"name\": \"Stale\"}").put("/api/v1/people/" + SLUG)
                .then().statusCode(412).contentType(PROBLEM_JSON).body("type", equalTo("/problems/precondition-failed"));
        given().get("/api/v1/people/" + SLUG).then().statusCode(200)
                .header("ETag", equalTo(secondTag))
                .body("name", equalTo("Mamoru Oshii"))
                .body("birthDate", nullValue());
    }

    @Test
    void patchIsAMergePatch() {
        String tag = create(OSHII).header("ETag");
        asEditor().contentType("application/merge-patch+json")
                .body("{\"biography\": \"Rewritten.\"}").patch("/api/v1/people/" + SLUG)
                .then().statusCode(428).contentType(PROBLEM_JSON);
        asEditor().contentType("application/merge-patch+json").header("If-Match", tag)
                .body("{\"biography\": \"Director of Patlabor and Ghost in the Shell.\", \"nameNative\": null}")
                .patch("/api/v1/people/" + SLUG)
                .then().statusCode(200).header("ETag", not(equalTo(tag)))
                .body("biography", equalTo("Director of Patlabor and Ghost in the Shell."))
                .body("nameNative", nullValue())
                .body("name", equalTo("Mamoru Oshii"))
                .body("nameRomanized", equalTo("Oshii Mamoru"))
                .body("birthDate", equalTo("1951-08-08"))
                .body("externalIds.aniList", equalTo(990000001));
        given().get("/api/v1/people/" + SLUG).then().body("nameNative", nullValue());
    }

    @Test
    void anImpossibleDateIsA400AtItsMember() {
        post("{\"name\": \"Nobody\", \"birthDate\": \"1995-02-30\"}")
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-body"))
                .body("errors.pointer", contains("/birthDate"));
    }

    @Test
    void deathBeforeBirthIsA400() {
        post("{\"name\": \"Nobody\", \"birthDate\": \"1960-05-01\", \"deathDate\": \"1960-04-30\"}")
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.pointer", contains("/deathDate"));
        post("{\"name\": \"Nobody\", \"birthYear\": 1960, \"deathYear\": 1959}")
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.pointer", contains("/deathYear"));
    }

    @Test
    void aYearMustBeTheYearOfItsDate() {
        post("{\"name\": \"Nobody\", \"birthDate\": \"1963-10-12\", \"birthYear\": 1964}")
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.pointer", contains("/birthYear"))
                .body("errors[0].detail", equalTo("must be the year of birthDate (1963)"));
    }

    @Test
    void birthMayNotLieInTheFuture() {
        String nextYear = LocalDate.now().plusYears(1).toString();
        post("{\"name\": \"Nobody\", \"birthDate\": \"" + nextYear + "\"}")
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.pointer", contains("/birthDate"));
    }

    @Test
    void everyBrokenRuleIsReportedInOneResponse() {
        post("{\"name\": null, \"birthDate\": \"1963-10-12\", \"birthYear\": 1964, \"deathYear\": 1950, "
                + "\"externalIds\": {\"aniList\": 0}}")
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.pointer", containsInAnyOrder("/name", "/externalIds/aniList", "/birthYear", "/deathYear"));
    }

    @Test
    void aSlugMustFollowTheSlugRule() {
        post("{\"slug\": \"Satoshi Kon\", \"name\": \"Satoshi Kon\"}")
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.pointer", contains("/slug"));
    }

    @Test
    void aTakenSlugIsA409NamingTheMember() {
        post("{\"slug\": \"satoshi-kon\", \"name\": \"Another Satoshi Kon\"}")
                .statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/conflict"))
                .body("errors[0].pointer", equalTo("/slug"));
    }

    @Test
    void anExternalIdOfAnotherPersonIsA409NamingTheMember() {
        post("{\"slug\": \"mamoru-oshii-test\", \"name\": \"Mamoru Oshii\", \"externalIds\": {\"aniList\": 96872}}")
                .statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/conflict"))
                .body("errors.pointer", contains("/externalIds/aniList"))
                .body("errors[0].detail", containsString("katsuhiro-otomo"));
        given().get("/api/v1/people/" + SLUG).then().statusCode(404);

        String tag = create(OSHII).header("ETag");
        asEditor().contentType("application/merge-patch+json").header("If-Match", tag)
                .body("{\"externalIds\": {\"aniList\": 96872}}").patch("/api/v1/people/" + SLUG)
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("errors.pointer", contains("/externalIds/aniList"));
        given().get("/api/v1/people/" + SLUG).then().header("ETag", equalTo(tag)).body("externalIds.aniList", equalTo(990000001));
    }

    @Test
    void anUnknownMemberIsA400NamingIt() {
        post("{\"name\": \"Nobody\", \"favouriteColour\": \"blue\"}")
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.pointer", contains("/favouriteColour"));
    }

    @Test
    void aValueOfTheWrongTypeIsA400AtItsMember() {
        post("{\"name\": \"Nobody\", \"birthYear\": \"nineteen\"}")
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.pointer", contains("/birthYear"));
    }

    @Test
    void aNameIsRequiredAndShort() {
        post("{\"name\": null}")
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.pointer", contains("/name"));
        post("{\"name\": \"" + "a".repeat(10_000) + "\"}")
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.pointer", contains("/name"));
    }

    @Test
    void aCreditedPersonIsNotDeleted() {
        String tag = given().get("/api/v1/people/katsuhiro-otomo").then().extract().header("ETag");
        asEditor().header("If-Match", tag).delete("/api/v1/people/katsuhiro-otomo")
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("memories"))
                .body("detail", containsString("Delete or reassign those credits first."));
        given().get("/api/v1/people/katsuhiro-otomo").then().statusCode(200).header("ETag", equalTo(tag));
    }

    @Test
    void deleteAnswers204AndThePersonIsGone() {
        String id = create(OSHII).path("id");
        String tag = given().get("/api/v1/people/" + SLUG).then().extract().header("ETag");
        asEditor().delete("/api/v1/people/" + SLUG).then().statusCode(428).contentType(PROBLEM_JSON);
        asEditor().header("If-Match", "\"stale\"").delete("/api/v1/people/" + SLUG)
                .then().statusCode(412).contentType(PROBLEM_JSON);
        asEditor().header("If-Match", tag).delete("/api/v1/people/" + SLUG).then().statusCode(204);
        given().get("/api/v1/people/" + SLUG).then().statusCode(404).contentType(PROBLEM_JSON);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Person.count("slug", SLUG))).isZero();
        asEditor().get("/api/v1/audit-events?resource=" + id).then()
                .body("items.action", contains("delete", "create"))
                .body("items.resourceType", hasItem("person"));
    }

    @Test
    void writingNeedsAnEditorToken() {
        given().contentType("application/json").body(OSHII).post("/api/v1/people")
                .then().statusCode(401).contentType(PROBLEM_JSON);
        given().get("/api/v1/people/" + SLUG).then().statusCode(404);
    }
}
