package io.animecatalogue.anthology;

import io.animecatalogue.anthology.credit.Credit;
import io.animecatalogue.anthology.segment.Segment;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.animecatalogue.auth.TestTokens.asAdmin;
import static io.animecatalogue.auth.TestTokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class AnthologyWriteTest {

    /** What a newcomer would type in Swagger UI: an anthology with two segments, each with its staff. */
    static final String WITH_SEGMENTS = """
            {"slug": "test-carnival", "title": "Test Carnival", "titleNative": "テスト・カーニバル", "kind": "ova",
             "premiereDate": "1991-07-01", "country": "JP",
             "companies": [{"company": "madhouse", "role": "animation_studio"}],
             "credits": [{"person": "katsuhiro-otomo", "role": "general_director"}],
             "segments": [
               {"title": "First Light", "runtimeMinutes": 12, "studio": "studio-4c",
                "credits": [{"person": "koji-morimoto", "role": "director"}, {"person": "yoko-kanno", "role": "music"}]},
               {"slug": "test-second-wind", "title": "Second Wind", "runtimeMinutes": 15,
                "credits": [{"person": "satoshi-kon", "role": "screenplay"}]}]}""";

    static ExtractableResponse<Response> create(String body) {
        return asEditor().contentType("application/json").body(body).post("/api/v1/anthologies").then().extract();
    }

    @Test
    void anAnthologyCreatedWithTwoSegmentsAndCreditsIsServedByTheReadApi() {
        var created = create(WITH_SEGMENTS);
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/anthologies/" + id);
        assertThat(created.<Integer>path("segmentCount")).isEqualTo(2);
        // the year comes from the premiere date
        assertThat(created.<Integer>path("releaseYear")).isEqualTo(1991);
        given().get("/api/v1/anthologies/test-carnival").then().statusCode(200).header("ETag", equalTo(created.header("ETag")));

        JsonPath detail = given().queryParam("include", "segments,credits").get("/api/v1/anthologies/test-carnival")
                .then().statusCode(200).extract().jsonPath();
        assertThat(detail.getList("segments.slug")).containsExactly("first-light", "test-second-wind");
        assertThat(detail.getList("segments.position", Integer.class)).containsExactly(1, 2);
        assertThat(detail.getList("segments[0].credits.person.slug")).containsExactly("koji-morimoto", "yoko-kanno");
        assertThat(detail.getList("segments[0].credits.order", Integer.class)).containsExactly(1, 2);
        assertThat(detail.getString("segments[0].studio.slug")).isEqualTo("studio-4c");
        assertThat(detail.getList("credits.role")).containsExactly("general_director");
        given().get("/api/v1/people/satoshi-kon/credits?limit=100").then().body("items.segment.slug", hasItem("test-second-wind"));
        asEditor().get("/api/v1/audit-events?resource=" + id).then().body("items.action", contains("create"));

        deleteAnthology("test-carnival");
    }

    @Test
    void everyViolationInsideTheSegmentsIsReportedWithItsPointerAndNothingIsWritten() {
        long[] before = counts();
        String personId = given().get("/api/v1/people/satoshi-kon").then().extract().path("id");
        String body = """
                {"title": "Broken", "kind": "film", "premiereDate": "1995-12-23", "releaseYear": 1996,
                 "companies": [{"company": "%s", "role": "producer"}],
                 "segments": [
                   {"title": "Fine", "credits": [{"person": "satoshi-kon", "role": "screenplay"}, {"person": "satoshi-kon", "role": "screenplay"}]},
                   {"title": "Too short", "runtimeMinutes": 0, "position": 1, "credits": [{"person": "nobody-at-all", "role": "director"}]}]}"""
                .formatted(personId);
        asEditor().contentType("application/json").body(body).post("/api/v1/anthologies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-body"))
                .body("errors.pointer", contains("/segments/1/runtimeMinutes", "/releaseYear", "/companies/0/company",
                        "/segments/0/credits/1", "/segments/1/credits/0/person", "/segments/1/position"))
                .body("errors.find { it.pointer == '/companies/0/company' }.detail", containsString("no company has"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void replaceAndPatchChangeTheAnthologyButNotItsSegments() {
        String tag = create(WITH_SEGMENTS).header("ETag");
        asEditor().contentType("application/json").header("If-Match", tag)
                .body("{\"title\": \"Test Carnival\", \"kind\": \"ova\", \"segments\": []}")
                .put("/api/v1/anthologies/test-carnival")
                .then().statusCode(400).body("errors.pointer", contains("/segments"));

        String replaced = asEditor().contentType("application/json").header("If-Match", tag)
                .body("{\"title\": \"Test Carnival Redux\", \"kind\": \"film\", \"releaseYear\": 1992}")
                .put("/api/v1/anthologies/test-carnival")
                .then().statusCode(200)
                .body("title", equalTo("Test Carnival Redux")).body("companies.size()", equalTo(0))
                .body("segmentCount", equalTo(2)).body("slug", equalTo("test-carnival"))
                .extract().header("ETag");
        assertThat(replaced).isNotEqualTo(tag);

        asEditor().contentType("application/merge-patch+json").header("If-Match", replaced)
                .body("{\"companies\": [{\"company\": \"studio-4c\", \"role\": \"producer\"}], \"releaseYear\": null}")
                .patch("/api/v1/anthologies/test-carnival")
                .then().statusCode(200)
                .body("companies[0].company.slug", equalTo("studio-4c"))
                .body("releaseYear", equalTo(null))
                .body("title", equalTo("Test Carnival Redux"));
        deleteAnthology("test-carnival");
    }

    @Test
    void twoConcurrentUpdatesWithTheSameETagYieldOneSuccessAndOne412() throws Exception {
        create(WITH_SEGMENTS);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String tag = given().get("/api/v1/anthologies/test-carnival").then().extract().header("ETag");
                CountDownLatch start = new CountDownLatch(1);
                List<Callable<Integer>> editors = List.of(patchAfter(start, tag, "A" + round), patchAfter(start, tag, "B" + round));
                List<Future<Integer>> results = editors.stream().map(pool::submit).toList();
                start.countDown();
                List<Integer> statuses = List.of(results.get(0).get(), results.get(1).get());
                assertThat(statuses).containsExactlyInAnyOrder(200, 412);
                String synopsis = given().get("/api/v1/anthologies/test-carnival").then().extract().path("synopsis");
                assertThat(synopsis).isIn("Editor A" + round, "Editor B" + round);
            }
        } finally {
            pool.shutdownNow();
        }
        deleteAnthology("test-carnival");
    }

    @Test
    void concurrentUpdatesWithIfMatchStarAllSucceedOneAfterTheOther() throws Exception {
        create(WITH_SEGMENTS);
        long versionBefore = QuarkusTransaction.requiringNew().call(() -> Anthology.findBySlug("test-carnival").orElseThrow().version);
        int editors = 6;
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = java.util.stream.IntStream.range(0, editors)
                    .mapToObj(editor -> pool.submit(patchAfter(start, "*", "S" + editor))).toList();
            start.countDown();
            for (Future<Integer> result : results) {
                // the precondition holds for every one of them, so none may be refused for losing a race
                assertThat(result.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        long versionAfter = QuarkusTransaction.requiringNew().call(() -> Anthology.findBySlug("test-carnival").orElseThrow().version);
        assertThat(versionAfter - versionBefore).isEqualTo(editors);
        deleteAnthology("test-carnival");
    }

    private static Callable<Integer> patchAfter(CountDownLatch start, String tag, String editor) {
        return () -> {
            start.await();
            return asEditor().contentType("application/merge-patch+json").header("If-Match", tag)
                    .body("{\"synopsis\": \"Editor " + editor + "\"}")
                    .patch("/api/v1/anthologies/test-carnival").statusCode();
        };
    }

    @Test
    void deletingAnAnthologyNeedsTheAdminRoleAndTakesItsSegmentsAndCreditsAlong() {
        String id = create(WITH_SEGMENTS).path("id");
        String tag = given().get("/api/v1/anthologies/test-carnival").then().extract().header("ETag");
        asEditor().header("If-Match", tag).delete("/api/v1/anthologies/test-carnival")
                .then().statusCode(403).contentType("application/problem+json").body("type", equalTo("/problems/forbidden"));
        asAdmin().header("If-Match", tag).delete("/api/v1/anthologies/test-carnival").then().statusCode(204);
        given().get("/api/v1/anthologies/test-carnival").then().statusCode(404);
        given().get("/api/v1/segments/first-light").then().statusCode(404);
        UUID anthologyId = UUID.fromString(id);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Credit.count("anthology.id", anthologyId)
                + Segment.count("anthology.id", anthologyId))).isZero();
    }

    @Test
    void anAnthologyWithReleasesIsNotDeleted() {
        String tag = given().get("/api/v1/anthologies/memories").then().extract().header("ETag");
        asAdmin().header("If-Match", tag).delete("/api/v1/anthologies/memories")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("memories-us-dvd"));
        given().queryParam("include", "segments").get("/api/v1/anthologies/memories").then().statusCode(200)
                .body("segments.size()", equalTo(3));
    }

    static void deleteAnthology(String slug) {
        String tag = given().get("/api/v1/anthologies/" + slug).then().statusCode(200).extract().header("ETag");
        asAdmin().header("If-Match", tag).delete("/api/v1/anthologies/" + slug).then().statusCode(204);
    }

    static long[] counts() {
        return QuarkusTransaction.requiringNew().call(() -> new long[]{Anthology.count(), Segment.count(), Credit.count()});
    }
}
