package io.animecatalogue.http;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** What a browser on another origin, and anyone debugging a request, meets: CORS, gzip, security headers, request ids. */
@QuarkusTest
class BrowserClientTest {

    private static final String APP = "https://app.example"; // the origin the test profile allows

    @Test
    void aPreflightFromAnAllowedOriginMayPatchWithIfMatch() {
        given().header("Origin", APP).header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/api/v1/anthologies/memories")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
    }

    @Test
    void anAllowedOriginCanReadTheHeadersAFrontEndNeeds() {
        given().header("Origin", APP).get("/api/v1/anthologies?limit=1")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("Location"));
    }

    @Test
    void anotherOriginIsRefused() {
        given().header("Origin", "https://elsewhere.example").get("/api/v1/anthologies?limit=1")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void largeResponsesAreGzippedForClientsThatAcceptIt() {
        var response = given().header("Accept-Encoding", "gzip")
                .get("/api/v1/anthologies?include=segments,credits,releases&limit=100").then().statusCode(200).extract();
        assertThat(response.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(response.<java.util.List<String>>path("items.slug")).contains("memories");
    }

    @Test
    void responsesForbidSniffingAndFramingErrorsIncluded() {
        for (String path : new String[]{"/api/v1/anthologies/memories", "/api/v1/anthologies/no-such-thing"}) {
            given().get(path).then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
    }

    @Test
    void everyResponseCarriesARequestIdAndAPlainOneSentIsKept() {
        given().get("/api/v1/anthologies/memories").then()
                .header(RequestIds.HEADER, matchesPattern("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        given().header(RequestIds.HEADER, "front-end.42").get("/api/v1/anthologies/no-such-thing").then().statusCode(404)
                .header(RequestIds.HEADER, equalTo("front-end.42"));
        given().header(RequestIds.HEADER, "not plain; <script>").get("/api/v1/anthologies/memories").then()
                .header(RequestIds.HEADER, not(containsString("script")));
    }
}
