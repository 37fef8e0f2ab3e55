package io.animecatalogue.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static io.animecatalogue.auth.TestTokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every list of the API, found in the OpenAPI document the service serves rather than named here, answers with an
 * ETag and a 304 to it: a client polling any list it has cached gets no body until what the page shows changes.
 */
@QuarkusTest
class EveryListRevalidatesTest {

    /** The lists there are today; a list added later is walked too, since the walk reads the document. */
    private static final List<String> KNOWN = List.of("/api/v1/anthologies", "/api/v1/anthologies/{ref}/segments",
            "/api/v1/anthologies/{ref}/releases", "/api/v1/segments", "/api/v1/releases", "/api/v1/people",
            "/api/v1/people/{ref}/credits", "/api/v1/companies", "/api/v1/audit-events");

    @Test
    void everyListAnswers304ToItsOwnETag() {
        List<String> lists = listsInTheDocument();
        assertThat(lists).containsAll(KNOWN);
        List<String> failures = new ArrayList<>();
        for (String path : lists) {
            String url = path.replace("{ref}", path.startsWith("/api/v1/people/") ? "satoshi-kon" : "memories");
            Response first = asEditor().queryParam("limit", 2).get(url);
            String tag = first.header("ETag");
            if (first.statusCode() != 200 || tag == null || !"no-cache".equals(first.header("Cache-Control"))) {
                failures.add(url + ": " + first.statusCode() + ", ETag " + tag + ", Cache-Control " + first.header("Cache-Control"));
                continue;
            }
            Response again = asEditor().queryParam("limit", 2).header("If-None-Match", tag).get(url);
            if (again.statusCode() != 304 || !tag.equals(again.header("ETag")) || !again.asString().isEmpty()) {
                failures.add(url + ": answered " + again.statusCode() + " to its own ETag");
            }
            Response stale = asEditor().queryParam("limit", 2).header("If-None-Match", "\"stale\"").get(url);
            if (stale.statusCode() != 200) {
                failures.add(url + ": answered " + stale.statusCode() + " to another ETag");
            }
        }
        assertThat(failures).isEmpty();
    }

    /** A sub-collection's ETag covers the rows its items show, not only the listed rows themselves. */
    @Test
    void anAnthologysSegmentsChangeTheirETagWhenTheirStudioChanges() {
        String url = "/api/v1/anthologies/memories/segments";
        String tag = given().get(url).then().statusCode(200).extract().header("ETag");
        String studio = "/api/v1/companies/" + given().get(url).then().extract().path("items[0].studio.slug");
        String website = given().get(studio).then().extract().path("websiteUrl");
        try {
            patch(studio, "{\"websiteUrl\": \"https://example.org/etag-check\"}");
            Response after = given().header("If-None-Match", tag).get(url);
            after.then().statusCode(200);
            assertThat(after.header("ETag")).isNotEqualTo(tag);
            given().header("If-None-Match", after.header("ETag")).get(url).then().statusCode(304).body(emptyString())
                    .header("ETag", equalTo(after.header("ETag")));
        } finally {
            patch(studio, website == null ? "{\"websiteUrl\": null}" : "{\"websiteUrl\": \"" + website + "\"}");
        }
    }

    private static void patch(String path, String body) {
        asEditor().header("If-Match", "*").contentType("application/merge-patch+json").body(body).patch(path)
                .then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private static List<String> listsInTheDocument() {
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        TreeSet<String> lists = new TreeSet<>();
        paths.forEach((path, operations) -> {
            Map<String, Object> get = (Map<String, Object>) operations.get("get");
            if (get == null) {
                return;
            }
            Map<String, Object> ok = (Map<String, Object>) ((Map<String, Object>) get.get("responses")).get("200");
            Map<String, Object> content = ok == null ? null : (Map<String, Object>) ok.get("content");
            Map<String, Object> json = content == null ? null : (Map<String, Object>) content.get("application/json");
            Map<String, Object> schema = json == null ? null : (Map<String, Object>) json.get("schema");
            Object ref = schema == null ? null : schema.get("$ref");
            if (ref instanceof String name && name.endsWith("Page")) {
                lists.add(path);
            }
        });
        return new ArrayList<>(lists);
    }
}
