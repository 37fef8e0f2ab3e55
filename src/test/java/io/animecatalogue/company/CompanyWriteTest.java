package io.animecatalogue.company;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.animecatalogue.auth.TestTokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CompanyWriteTest {

    private static final String GAINAX = """
            {"slug": "gainax-test", "name": "Gainax", "nameNative": "ガイナックス", "kinds": ["animation_studio"], "country": "JP"}""";

    static ExtractableResponse<Response> create(String body) {
        return asEditor().contentType("application/json").body(body).post("/api/v1/companies").then().extract();
    }

    @Test
    void createAnswers201WithLocationETagAndTheBody() {
        var created = create(GAINAX);
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/companies/" + id);
        assertThat(created.header("ETag")).isNotBlank();
        assertThat(created.<String>path("nameNative")).isEqualTo("ガイナックス");

        given().get("/api/v1/companies/gainax-test").then().statusCode(200)
                .header("ETag", equalTo(created.header("ETag")))
                .body("id", equalTo(id)).body("kinds", hasItem("animation_studio"));
        asEditor().get("/api/v1/audit-events?resource=" + id).then().statusCode(200)
                .body("items[0].action", equalTo("create"))
                .body("items[0].actor", equalTo("test-editor"))
                .body("items[0].resourceType", equalTo("company"))
                .body("items[0].resourceSlug", equalTo("gainax-test"));
        delete("gainax-test");
    }

    @Test
    void aSlugIsDerivedFromTheNameWhenNoneIsGiven() {
        var created = create("{\"name\": \"Ｓｔｕｄｉｏ Ōtomo Test\", \"kinds\": [\"producer\"]}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.<String>path("slug")).isEqualTo("studio-otomo-test");
        var second = create("{\"name\": \"Studio Otomo Test\", \"kinds\": [\"producer\"]}");
        assertThat(second.<String>path("slug")).isEqualTo("studio-otomo-test-2");
        delete("studio-otomo-test");
        delete("studio-otomo-test-2");
    }

    @Test
    void aTakenSlugIsA409NamingTheMember() {
        asEditor().contentType("application/json").body("{\"slug\": \"madhouse\", \"name\": \"Another\", \"kinds\": [\"producer\"]}")
                .post("/api/v1/companies")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("errors[0].pointer", equalTo("/slug"));
    }

    @Test
    void replaceNeedsTheCurrentETagAndWritesNothingWhenItIsStale() {
        var created = create(GAINAX);
        String firstTag = created.header("ETag");
        String replaced = """
                {"name": "Gainax Co., Ltd.", "kinds": ["animation_studio", "producer"], "country": "JP"}""";

        asEditor().contentType("application/json").body(replaced).put("/api/v1/companies/gainax-test")
                .then().statusCode(428).contentType("application/problem+json").body("type", equalTo("/problems/precondition-required"));

        String secondTag = asEditor().contentType("application/json").header("If-Match", firstTag).body(replaced)
                .put("/api/v1/companies/gainax-test")
                .then().statusCode(200).header("ETag", not(equalTo(firstTag)))
                .body("name", equalTo("Gainax Co., Ltd.")).body("slug", equalTo("gainax-test"))
                // a replace is whole: what the body leaves out is cleared
                .body("nameNative", equalTo(null))
                .extract().header("ETag");

        asEditor().contentType("application/json").header("If-Match", firstTag)
                .body("{\"name\": \"Stale\", \"kinds\": [\"producer\"]}").put("/api/v1/companies/gainax-test")
                .then().statusCode(412).contentType("application/problem+json").body("type", equalTo("/problems/precondition-failed"));
        given().get("/api/v1/companies/gainax-test").then().body("name", equalTo("Gainax Co., Ltd.")).header("ETag", equalTo(secondTag));
        delete("gainax-test");
    }

    @Test
    void patchIsAMergePatch() {
        String tag = create(GAINAX).header("ETag");
        asEditor().contentType("application/merge-patch+json").header("If-Match", tag)
                .body("{\"websiteUrl\": \"https://gainax.example/\", \"nameNative\": null}")
                .patch("/api/v1/companies/gainax-test")
                .then().statusCode(200)
                .body("websiteUrl", equalTo("https://gainax.example/"))
                .body("nameNative", equalTo(null))
                .body("name", equalTo("Gainax"))
                .body("country", equalTo("JP"));
        asEditor().contentType("application/json").header("If-Match", "*").body("{}")
                .patch("/api/v1/companies/gainax-test")
                .then().statusCode(415).contentType("application/problem+json");
        delete("gainax-test");
    }

    @Test
    void aPatchThatBreaksARuleIsRefusedMemberByMember() {
        String tag = create(GAINAX).header("ETag");
        asEditor().contentType("application/merge-patch+json").header("If-Match", tag)
                .body("{\"name\": null, \"country\": \"japan\", \"kinds\": []}")
                .patch("/api/v1/companies/gainax-test")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-body"))
                .body("errors.pointer", org.hamcrest.Matchers.contains("/country", "/kinds", "/name"));
        given().get("/api/v1/companies/gainax-test").then().body("name", equalTo("Gainax")).header("ETag", equalTo(tag));
        delete("gainax-test");
    }

    @Test
    void aCompanyStillReferredToIsNotDeleted() {
        String tag = given().get("/api/v1/companies/madhouse").then().extract().header("ETag");
        asEditor().header("If-Match", tag).delete("/api/v1/companies/madhouse")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("memories"));
        given().get("/api/v1/companies/madhouse").then().statusCode(200);
    }

    @Test
    void deleteAnswers204AndTheCompanyIsGone() {
        String id = create(GAINAX).path("id");
        String tag = given().get("/api/v1/companies/gainax-test").then().extract().header("ETag");
        asEditor().header("If-Match", "\"stale\"").delete("/api/v1/companies/gainax-test").then().statusCode(412);
        asEditor().header("If-Match", tag).delete("/api/v1/companies/gainax-test").then().statusCode(204);
        given().get("/api/v1/companies/gainax-test").then().statusCode(404);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Company.count("slug", "gainax-test"))).isZero();
        asEditor().get("/api/v1/audit-events?resource=" + id).then()
                .body("items.action", org.hamcrest.Matchers.contains("delete", "create"));
    }

    static void delete(String slug) {
        String tag = given().get("/api/v1/companies/" + slug).then().statusCode(200).extract().header("ETag");
        asEditor().header("If-Match", tag).delete("/api/v1/companies/" + slug).then().statusCode(204);
    }
}
