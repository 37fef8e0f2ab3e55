package io.animecatalogue.anthology.credit;

import io.animecatalogue.database.SentStatements;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class PersonCreditsResourceTest {

    @Inject
    SentStatements statements;

    @Test
    void satoshiKonIsCreditedWithTheScreenplayOfMagneticRose() {
        JsonPath body = given().when().get("/api/v1/people/satoshi-kon/credits")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = body.getList("items");
        assertThat(items).anySatisfy(credit -> {
            assertThat(credit.get("role")).isEqualTo("screenplay");
            assertThat(((Map<?, ?>) credit.get("segment")).get("slug")).isEqualTo("magnetic-rose");
            assertThat(((Map<?, ?>) credit.get("anthology")).get("slug")).isEqualTo("memories");
        });
    }

    @Test
    void aFilmographySpansAnthologiesAndSegmentsOldestFirst() {
        JsonPath body = given().queryParam("limit", 100).when().get("/api/v1/people/katsuhiro-otomo/credits")
                .then().statusCode(200).extract().jsonPath();
        List<Integer> years = body.getList("items.anthology.releaseYear", Integer.class);
        assertThat(years).isSorted();
        assertThat(body.getList("items.anthology.slug")).contains("robot-carnival", "neo-tokyo", "memories", "short-peace");
        // anthology-level credits have no segment; segment credits name theirs
        assertThat(body.getList("items.findAll { it.anthology.slug == 'memories' && it.segment == null }.role"))
                .contains("general_director");
        assertThat(body.getList("items.findAll { it.segment != null && it.segment.slug == 'cannon-fodder' }.role"))
                .contains("director", "screenplay");
    }

    @Test
    void pagesOfAFilmographyTogetherHoldEveryCreditOnce() {
        List<String> all = given().queryParam("limit", 100).get("/api/v1/people/katsuhiro-otomo/credits")
                .then().extract().jsonPath().getList("items.id");
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/people/katsuhiro-otomo/credits").then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("items.id"));
            cursor = page.getString("page.next");
        } while (cursor != null);
        assertThat(paged).isEqualTo(all).doesNotHaveDuplicates();
        assertThat(all.size()).isGreaterThan(2);
    }

    @Test
    void aFilmographyPageAndACreditAreOneStatementEach() {
        String credit = given().get("/api/v1/people/katsuhiro-otomo/credits").then().statusCode(200).extract().path("items[0].id");
        String next = given().queryParam("limit", 2).get("/api/v1/people/katsuhiro-otomo/credits").then().extract().path("page.next");
        for (String url : List.of("/api/v1/people/katsuhiro-otomo/credits?limit=100&total=true",
                "/api/v1/people/katsuhiro-otomo/credits?limit=2&cursor=" + next, "/api/v1/credits/" + credit)) {
            long before = statements.count();
            given().urlEncodingEnabled(false).get(url).then().statusCode(200);
            assertThat(statements.count() - before).as(url).isEqualTo(1);
        }
    }

    @Test
    void anUnknownPersonIsA404BeforeABadCursorIsA400() {
        String foreign = given().queryParam("limit", 1).get("/api/v1/segments").then().extract().path("page.next");
        given().queryParam("cursor", foreign).get("/api/v1/people/nobody-at-all/credits").then().statusCode(404);
        given().queryParam("cursor", foreign).get("/api/v1/people/katsuhiro-otomo/credits").then().statusCode(400)
                .body("errors[0].parameter", equalTo("cursor"));
    }

    @Test
    void creditsOfAnUnknownPersonAreA404Problem() {
        given().when().get("/api/v1/people/nobody-at-all/credits")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No person has the id or slug 'nobody-at-all'."));
    }
}
