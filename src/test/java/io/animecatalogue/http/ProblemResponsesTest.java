package io.animecatalogue.http;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** Every error of every layer answers application/problem+json, and never shows the server's insides. */
@QuarkusTest
class ProblemResponsesTest {

    @Test
    void anUnknownRouteIsA404Problem() {
        for (String path : List.of("/api/v1/nothing", "/nothing", "/api/v1/anthologies/memories/segmentz", "/api/v2/anthologies")) {
            given().when().get(path)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("/problems/not-found"))
                    .body("instance", equalTo(path));
        }
    }

    @Test
    void aUriOver8KiBIsA414ProblemAndHeadersOver16KiBA431() {
        given().queryParam("q", "x".repeat(9_000)).when().get("/api/v1/search")
                .then().statusCode(414).contentType("application/problem+json")
                .body("type", equalTo("/problems/uri-too-long"))
                .body("detail", containsString("8 KiB"));
        given().header("X-Padding", "x".repeat(17_000)).when().get("/api/v1/anthologies/memories")
                .then().statusCode(431).contentType("application/problem+json")
                .body("type", equalTo("/problems/headers-too-large"))
                .body("detail", containsString("16 KiB"));
        // just under both limits, the request is served
        given().queryParam("q", "x".repeat(190)).header("X-Padding", "x".repeat(15_000)).when().get("/api/v1/search")
                .then().statusCode(200);
    }

    @Test
    void aWrongMethodIsA405ProblemThatSaysWhatIsAllowed() {
        given().when().delete("/api/v1/anthologies")
                .then().statusCode(405).contentType("application/problem+json")
                .header("Allow", "GET, HEAD, OPTIONS, POST")
                .body("type", equalTo("/problems/method-not-allowed"));
        given().when().put("/api/v1/anthologies/memories/segments")
                .then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS, POST");
        given().when().post("/api/v1/people/satoshi-kon")
                .then().statusCode(405).contentType("application/problem+json")
                .header("Allow", "DELETE, GET, HEAD, OPTIONS, PATCH, PUT");
    }

    @Test
    void askingForAnythingButJsonIsA406Problem() {
        given().accept("application/xml").when().get("/api/v1/anthologies/memories")
                .then().statusCode(406).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-acceptable"));
    }

    @Test
    void anUnknownQueryParameterIsA400NamingIt() {
        given().queryParam("limt", 5).when().get("/api/v1/anthologies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-parameter"))
                .body("errors[0].parameter", equalTo("limt"))
                .body("errors[0].detail", containsString("cursor, fields, include, kind, limit"));
        given().queryParam("sort", "title").when().get("/api/v1/anthologies/memories")
                .then().statusCode(400).body("errors[0].parameter", equalTo("sort"));
    }

    @Test
    void aRepeatedParameterIsA400NamingIt() {
        given().queryParam("limit", 5, 6).when().get("/api/v1/people")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("limit"))
                .body("errors[0].detail", containsString("more than once"));
    }

    @Test
    void anEmptyValueIsA400NamingTheParameter() {
        given().urlEncodingEnabled(false).when().get("/api/v1/anthologies?limit=")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("limit"))
                .body("errors[0].detail", containsString("empty value"));
    }

    @Test
    void anOutOfRangeOrMalformedLimitIsA400NeverClamped() {
        for (String limit : List.of("0", "101", "-1", "ten", "2.5", " ", "99999999999")) {
            given().queryParam("limit", limit).when().get("/api/v1/anthologies")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].parameter", equalTo("limit"))
                    .body("errors[0].detail", equalTo("must be an integer from 1 to 100"));
        }
        given().queryParam("limit", 1).when().get("/api/v1/anthologies").then().statusCode(200).body("items.size()", equalTo(1));
        given().queryParam("limit", 100).when().get("/api/v1/anthologies").then().statusCode(200).body("page.limit", equalTo(100));
    }

    @Test
    void aMalformedOrForeignCursorIsA400NamingIt() {
        String personCursor = given().queryParam("limit", 1).get("/api/v1/people/katsuhiro-otomo/credits")
                .then().extract().path("page.next");
        for (String cursor : List.of("zzz", "%%%", "WzFd", "W10", "eyJhIjoxfQ", personCursor.substring(1))) {
            given().queryParam("cursor", cursor).when().get("/api/v1/people/katsuhiro-otomo/credits")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].parameter", equalTo("cursor"));
        }
        // a list cursor (one slug) is not a filmography cursor (five keys)
        String listCursor = given().queryParam("limit", 1).get("/api/v1/people").then().extract().path("page.next");
        given().queryParam("cursor", listCursor).when().get("/api/v1/people/katsuhiro-otomo/credits")
                .then().statusCode(400).body("errors[0].parameter", equalTo("cursor"));
    }

    @Test
    void problemsNeverCarryStackTracesSqlOrClassNames() {
        for (String path : List.of("/api/v1/anthologies?cursor=WyIn", "/api/v1/anthologies/%27%3B%20drop%20table",
                "/api/v1/people/katsuhiro-otomo/credits?cursor=WzEsIngiLDEsMSwibm90LWEtdXVpZCJd")) {
            given().urlEncodingEnabled(false).when().get(path)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body(not(containsString("Exception")))
                    .body(not(containsString("io.animecatalogue")))
                    .body(not(containsString("select")));
        }
    }

    @Test
    void optionsAnswersWithTheAllowedMethods() {
        given().when().options("/api/v1/anthologies/memories")
                .then().statusCode(200)
                .header("Allow", containsString("GET"));
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        String tag = given().get("/api/v1/anthologies/memories").then().extract().header("ETag");
        given().when().head("/api/v1/anthologies/memories")
                .then().statusCode(200).header("ETag", tag);
    }

    @Test
    void everyProblemTypeIsDocumentedTogetherWithItsStatus() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("components.schemas.Problem.description", containsString("/problems/not-found"))
                .body("components.responses.keySet()", hasItems("InvalidParameter", "NotFound", "NotAcceptable",
                        "InternalError", "ServiceUnavailable", "NotModified"));
    }
}
