package io.animecatalogue.anthology;

import io.animecatalogue.person.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.animecatalogue.database.SentStatements;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class AnthologyResourceTest {

    private static final String MEMORIES = "/api/v1/anthologies/memories";

    @Inject
    SentStatements statements;

    @Test
    void memoriesWithSegmentsShowsTheThreeSegmentsInOrderWithTheirDirectorsWritersAndComposers() {
        JsonPath body = given().queryParam("include", "segments,credits")
                .when().get(MEMORIES)
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();

        assertThat(body.getList("segments.title")).containsExactly("Magnetic Rose", "Stink Bomb", "Cannon Fodder");
        assertThat(body.getList("segments.position", Integer.class)).containsExactly(1, 2, 3);
        assertThat(staff(body, 0)).contains(entry("director", "Koji Morimoto"), entry("screenplay", "Satoshi Kon"),
                entry("music", "Yoko Kanno"));
        assertThat(staff(body, 1)).contains(entry("director", "Tensai Okamura"), entry("screenplay", "Katsuhiro Otomo"),
                entry("music", "Jun Miyake"));
        assertThat(staff(body, 2)).contains(entry("director", "Katsuhiro Otomo"), entry("screenplay", "Katsuhiro Otomo"),
                entry("music", "Hiroyuki Nagashima"));
        // Otomo is credited on the whole film, not on Magnetic Rose
        assertThat(body.getList("credits.person.name")).contains("Katsuhiro Otomo");
        assertThat(body.getList("credits.role")).contains("general_director", "original_creator");
        assertThat(staff(body, 0)).noneMatch(credit -> credit.getValue().equals("Katsuhiro Otomo"));
    }

    @Test
    void detailCarriesTheAnthologyInEveryScriptAndItsCompanies() {
        given().when().get(MEMORIES)
                .then().statusCode(200)
                .body("slug", equalTo("memories"))
                .body("title", equalTo("Memories"))
                .body("titleNative", equalTo("MEMORIES"))
                .body("kind", equalTo("film"))
                .body("releaseYear", equalTo(1995))
                .body("premiereDate", equalTo("1995-12-23"))
                .body("country", equalTo("JP"))
                .body("segmentCount", equalTo(3))
                .body("companies.company.slug", hasItems("studio-4c", "madhouse", "shochiku"))
                .body("externalIds", notNullValue())
                // embedded lists are left out unless asked for
                .body("segments", nullValue())
                .body("credits", nullValue())
                .body("releases", nullValue());
    }

    @Test
    void aDetailIsReadInOneStatementWithItsCompaniesInTheirOrder() {
        String id = given().get(MEMORIES).then().statusCode(200).extract().path("id");
        for (String url : List.of(MEMORIES, "/api/v1/anthologies/" + id, MEMORIES + "?include=segments,credits,releases",
                "/api/v1/anthologies/" + id + "?include=segments,credits")) {
            long before = statements.count();
            List<String> companies = given().get(url).then().statusCode(200).extract().jsonPath().getList("companies.company.slug");
            assertThat(statements.count() - before).as(url).isEqualTo(1);
            assertThat(companies).containsExactly("studio-4c", "madhouse", "shochiku");
        }
    }

    @Test
    void theSameAnthologyIsServedByIdAndBySlug() {
        String id = given().get(MEMORIES).then().statusCode(200).extract().path("id");
        given().when().get("/api/v1/anthologies/" + id)
                .then().statusCode(200).body("slug", equalTo("memories"));
        given().when().get("/api/v1/anthologies/" + id.toUpperCase())
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void includeReleasesEmbedsTheUsDvdWithItsSpecs() {
        given().queryParam("include", "releases").when().get(MEMORIES)
                .then().statusCode(200)
                .body("releases.find { it.slug == 'memories-us-dvd' }.format", equalTo("dvd"))
                .body("releases.find { it.slug == 'memories-us-dvd' }.aspectRatio", equalTo("1.85:1"))
                .body("releases.find { it.slug == 'memories-us-dvd' }.anamorphic", equalTo(true))
                .body("releases.find { it.slug == 'memories-us-dvd' }.printStatus", equalTo("out_of_print"));
    }

    @Test
    void includeCreditsAloneEmbedsOnlyTheAnthologysOwnStaff() {
        given().queryParam("include", "credits").when().get(MEMORIES)
                .then().statusCode(200)
                .body("segments", nullValue())
                .body("credits.find { it.role == 'general_director' }.person.name", equalTo("Katsuhiro Otomo"))
                .body("credits.person.name", not(hasItems("Koji Morimoto")));
    }

    @Test
    void includeIsCaseInsensitiveAndToleratesSpacesBetweenValues() {
        given().queryParam("include", "Segments, RELEASES").when().get(MEMORIES)
                .then().statusCode(200)
                .body("segments.size()", equalTo(3))
                .body("releases.size()", equalTo(2))
                .body("credits", nullValue());
    }

    @Test
    void listItemsCarryEnoughForACard() {
        given().when().get("/api/v1/anthologies")
                .then().statusCode(200)
                .body("items.slug", hasItems("memories", "robot-carnival", "neo-tokyo", "short-peace"))
                .body("items.find { it.slug == 'neo-tokyo' }.titleNative", equalTo("迷宮物語"))
                .body("items.find { it.slug == 'neo-tokyo' }.titleRomanized", equalTo("Meikyū Monogatari"))
                .body("items.find { it.slug == 'neo-tokyo' }.releaseYear", equalTo(1987))
                .body("items.find { it.slug == 'neo-tokyo' }.kind", equalTo("film"))
                .body("items.find { it.slug == 'robot-carnival' }.kind", equalTo("ova"))
                .body("items.find { it.slug == 'short-peace' }.segmentCount", equalTo(5))
                .body("page.limit", equalTo(20))
                .body("page.total", nullValue());
    }

    @Test
    void theTotalIsCountedOnlyWhenAskedFor() {
        given().queryParam("total", true).get("/api/v1/anthologies").then().statusCode(200)
                .body("page.total", equalTo((int) QuarkusTransaction.requiringNew().call(() -> Anthology.count()).longValue()));
        given().queryParam("total", false).get("/api/v1/anthologies").then().statusCode(200).body("page.total", nullValue());
        given().queryParam("total", "yes").get("/api/v1/anthologies").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", equalTo("total"));
    }

    @Test
    void unknownSlugIsA404Problem() {
        given().when().get("/api/v1/anthologies/memoirs")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("No anthology has the id or slug 'memoirs'."))
                .body("instance", equalTo("/api/v1/anthologies/memoirs"));
        given().when().get("/api/v1/anthologies/00000000-0000-7000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void malformedRefIsA400NamingTheParameter() {
        for (String ref : List.of("Memories", "memories_1995", "-memories", "memo--ries", "x".repeat(101))) {
            given().when().get("/api/v1/anthologies/" + ref)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/invalid-parameter"))
                    .body("errors[0].parameter", equalTo("ref"));
        }
    }

    @Test
    void badIncludeValueIsA400NamingTheParameter() {
        for (String include : List.of("everything", "segments,", "segments,,credits", "", " ", "segments;credits")) {
            given().queryParam("include", include).when().get(MEMORIES)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].parameter", equalTo("include"));
        }
    }

    @Test
    void detailAnswers304WhenTheClientsTagIsCurrent() {
        String tag = given().get(MEMORIES).then().statusCode(200).header("Cache-Control", "no-cache").extract().header("ETag");
        assertThat(tag).matches("\"[A-Za-z0-9_-]+\"");
        given().header("If-None-Match", tag).when().get(MEMORIES)
                .then().statusCode(304).header("ETag", tag).body(equalTo(""));
        given().header("If-None-Match", "\"something-else\"").when().get(MEMORIES).then().statusCode(200);
    }

    @Test
    void eachIncludeVariantHasItsOwnTag() {
        String plain = given().get(MEMORIES).then().extract().header("ETag");
        String embedded = given().queryParam("include", "segments").get(MEMORIES).then().extract().header("ETag");
        assertThat(embedded).isNotEqualTo(plain);
        given().header("If-None-Match", plain).queryParam("include", "segments").when().get(MEMORIES).then().statusCode(200);
    }

    @Test
    void theTagChangesWhenAnEmbeddedPersonChanges() {
        String before = given().queryParam("include", "segments,credits").get(MEMORIES).then().extract().header("ETag");
        String name = rename("satoshi-kon", "Satoshi Kon (renamed)");
        try {
            String after = given().queryParam("include", "segments,credits").get(MEMORIES).then().extract().header("ETag");
            assertThat(after).isNotEqualTo(before);
            given().header("If-None-Match", before).queryParam("include", "segments,credits").when().get(MEMORIES)
                    .then().statusCode(200)
                    .body("segments[0].credits.person.name", hasItems("Satoshi Kon (renamed)"));
        } finally {
            rename("satoshi-kon", name);
        }
    }

    private static String rename(String slug, String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Person person = Person.findBySlug(slug).orElseThrow();
            String previous = person.name;
            person.name = name;
            return previous;
        });
    }

    private static List<Map.Entry<String, String>> staff(JsonPath body, int segment) {
        List<Map<String, Object>> credits = body.getList("segments[" + segment + "].credits");
        return credits.stream()
                .map(credit -> entry((String) credit.get("role"), (String) ((Map<?, ?>) credit.get("person")).get("name")))
                .toList();
    }

    private static Map.Entry<String, String> entry(String role, String name) {
        return Map.entry(role, name);
    }
}
