package io.animecatalogue.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class SearchResourceTest {

    private static final String SEARCH = "/api/v1/search";

    @ParameterizedTest(name = "{0} finds the {1} {2} first")
    @CsvSource(delimiter = '|', textBlock = """
            Otomo           | person    | katsuhiro-otomo
            Ōtomo           | person    | katsuhiro-otomo
            ＯＴＯＭＯ      | person    | katsuhiro-otomo
            大友            | person    | katsuhiro-otomo
            大友克洋        | person    | katsuhiro-otomo
            迷宮            | anthology | neo-tokyo
            克              | person    | katsuhiro-otomo
            otomo katsuhiro | person    | katsuhiro-otomo
            Katsuhiro Otomu | person    | katsuhiro-otomo
            memories        | anthology | memories
            Magnetik Rose   | segment   | magnetic-rose
            彼女の想いで    | segment   | magnetic-rose
            Manie-Manie     | anthology | neo-tokyo
            マッドハウス    | company   | madhouse
            studio 4c       | company   | studio-4c
            a.p.p.p         | company   | appp
            """)
    void findsTheIntendedEntryFirst(String query, String type, String slug) {
        given().queryParam("q", query)
                .when().get(SEARCH)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("query", equalTo(query))
                .body("items[0].type", equalTo(type))
                .body("items[0].slug", equalTo(slug));
    }

    @Test
    void aHitSaysWhatMatchedHowWellAndWhereTheEntryIs() {
        JsonPath body = search("otomo katsuhiro");
        assertThat(body.getString("items[0].title")).isEqualTo("Katsuhiro Otomo");
        assertThat(body.getString("items[0].titleNative")).isEqualTo("大友克洋");
        assertThat(body.getString("items[0].matched")).isEqualTo("Ōtomo Katsuhiro");
        assertThat(body.getDouble("items[0].score")).isEqualTo(1.0);
        assertThat(body.getString("items[0].path")).isEqualTo("/api/v1/people/katsuhiro-otomo");
        assertThat(body.getString("items[0].context")).isNull();
        assertThat(body.getString("items[0].id")).isNotNull();

        given().when().get(body.getString("items[0].path")).then().statusCode(200).body("slug", equalTo("katsuhiro-otomo"));
    }

    @Test
    void aSegmentHitNamesItsAnthologyAndTheNativeTitleThatMatched() {
        JsonPath body = search("彼女の想いで");
        assertThat(body.getString("items[0].context")).isEqualTo("Memories");
        assertThat(body.getString("items[0].matched")).isEqualTo("彼女の想いで");
        assertThat(body.getString("items[0].path")).isEqualTo("/api/v1/segments/magnetic-rose");
        assertThat(search("迷宮物語").getString("items[0].matched")).isEqualTo("迷宮物語");
    }

    @Test
    void oneOrTwoLatinLettersMatchOnlyWholeTitlesAndNames() {
        // "ot" is inside Otomo, Robot Carnival and more: too little to answer with, so only a whole form would match
        given().queryParam("q", "ot").when().get(SEARCH).then().statusCode(200).body("items", hasSize(0));
        given().queryParam("q", "oto").when().get(SEARCH).then().statusCode(200).body("items.slug", hasItem("katsuhiro-otomo"));
    }

    @Test
    void aWholeTitleRanksAboveOneThatMerelyContainsTheQuery() {
        JsonPath body = search("memories");
        assertThat(body.getDouble("items[0].score")).isEqualTo(1.0);
        // Magnetic Rose is also known as "Her Memories"
        List<String> slugs = body.getList("items.slug");
        assertThat(slugs).contains("magnetic-rose");
        int segment = slugs.indexOf("magnetic-rose");
        assertThat(body.getDouble("items[" + segment + "].score")).isLessThan(body.getDouble("items[0].score"));
        assertThat(body.getList("items.score", Double.class)).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void typoMatchesRankBelowExactOnes() {
        assertThat(search("Katsuhiro Otomu").getDouble("items[0].score")).isBetween(0.0, 0.45);
        assertThat(search("Katsuhiro Otomo").getDouble("items[0].score")).isEqualTo(1.0);
    }

    @Test
    void typeRestrictsTheHitsToThoseTypes() {
        given().queryParam("q", "memories").queryParam("type", "person")
                .when().get(SEARCH)
                .then().statusCode(200).body("items.type", everyItem(equalTo("person")));
        given().queryParam("q", "otomo").queryParam("type", "person")
                .when().get(SEARCH)
                .then().statusCode(200)
                .body("items.type", everyItem(equalTo("person")))
                .body("items[0].slug", equalTo("katsuhiro-otomo"));
        given().queryParam("q", "memories").queryParam("type", "Segment, ANTHOLOGY")
                .when().get(SEARCH)
                .then().statusCode(200)
                .body("items[0].slug", equalTo("memories"))
                .body("items.find { it.slug == 'magnetic-rose' }.type", equalTo("segment"))
                .body("items.findAll { it.type == 'person' || it.type == 'company' }", hasSize(0));
    }

    @Test
    void limitCapsTheHitsAndEqualScoresComeInTypeThenSlugOrder() {
        given().queryParam("q", "o").queryParam("limit", "3")
                .when().get(SEARCH)
                .then().statusCode(200).body("items", hasSize(lessThanOrEqualTo(3)));
        JsonPath body = given().queryParam("q", "opening").queryParam("limit", "50")
                .when().get(SEARCH).then().statusCode(200).extract().jsonPath();
        // two segments are called "Opening": equal scores, so slug order decides
        assertThat(body.getList("items.slug")).startsWith("robot-carnival-opening", "short-peace-opening");
        assertThat(body.getList("items.context")).startsWith("Robot Carnival", "Short Peace");
    }

    @Test
    void resultsCarryAnEntityTagForRevalidation() {
        String tag = given().queryParam("q", "otomo").when().get(SEARCH)
                .then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
        given().queryParam("q", "otomo").header("If-None-Match", tag).when().get(SEARCH).then().statusCode(304);
        given().queryParam("q", "otomo").queryParam("limit", "1").header("If-None-Match", tag).when().get(SEARCH)
                .then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "\\", "'", ".*", "(", "%%", "a%b", "o_o", "x\\y", "' or 1=1 --", "[a-z]+", "$1", "|", "?"})
    void metacharactersAreSearchedAsPlainText(String query) {
        given().queryParam("q", query)
                .when().get(SEARCH)
                .then().statusCode(200).contentType(ContentType.JSON).body("query", equalTo(query));
    }

    @Test
    void aPercentSignDoesNotMatchEverything() {
        given().queryParam("q", "%").when().get(SEARCH).then().statusCode(200).body("items", hasSize(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "   ", "\t", "\u3000", "\u00a0"})
    void aQueryOfOnlySpacesIsA400NamingQ(String query) {
        invalid(given().queryParam("q", query).when().get(SEARCH).then().extract().jsonPath(), "q");
    }

    @Test
    void aMissingEmptyOrTooLongQueryIsA400NamingQ() {
        invalid(given().when().get(SEARCH).then().extract().jsonPath(), "q");
        invalid(given().queryParam("q", "").when().get(SEARCH).then().extract().jsonPath(), "q");
        invalid(given().queryParam("q", "x".repeat(201)).when().get(SEARCH).then().extract().jsonPath(), "q");
        invalid(given().queryParam("q", "nul\u0000byte").when().get(SEARCH).then().extract().jsonPath(), "q");
        given().queryParam("q", "x".repeat(200)).when().get(SEARCH).then().statusCode(200);
        // characters, not bytes or UTF-16 units
        given().queryParam("q", "想".repeat(200)).when().get(SEARCH).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"people", "person,", ",person", "person,,company", "release", "*"})
    void anUnknownTypeIsA400NamingType(String type) {
        invalid(given().queryParam("q", "otomo").queryParam("type", type).when().get(SEARCH).then().extract().jsonPath(), "type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "51", "-1", "ten", "1.5", "99999999999", " "})
    void aLimitOutsideOneToFiftyIsA400NamingLimitNotClamped(String limit) {
        invalid(given().queryParam("q", "otomo").queryParam("limit", limit).when().get(SEARCH).then().extract().jsonPath(), "limit");
    }

    @Test
    void everyWrongParameterIsNamedAtOnce() {
        JsonPath body = given().queryParam("q", " ").queryParam("type", "film").queryParam("limit", "0")
                .when().get(SEARCH).then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
        assertThat(body.getList("errors.parameter")).containsExactly("q", "type", "limit");
    }

    @Test
    void undeclaredAndRepeatedParametersAre400s() {
        invalid(given().queryParam("q", "otomo").queryParam("query", "otomo").when().get(SEARCH).then().extract().jsonPath(), "query");
        invalid(given().queryParam("q", "otomo", "kon").when().get(SEARCH).then().extract().jsonPath(), "q");
    }

    private static JsonPath search(String query) {
        return given().queryParam("q", query).when().get(SEARCH).then().statusCode(200).extract().jsonPath();
    }

    private static void invalid(JsonPath body, String parameter) {
        assertThat(body.getInt("status")).isEqualTo(400);
        assertThat(body.getString("type")).isEqualTo("/problems/invalid-parameter");
        assertThat(body.getList("errors.parameter")).containsExactly(parameter);
    }
}
