package io.animecatalogue.anthology.segment;

import io.animecatalogue.database.SentStatements;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class SegmentListTest {

    private static final String LIST = "/api/v1/segments";

    @Inject
    SentStatements statements;

    @Test
    void eachFilterSelectsWhatItSays() {
        assertThat(slugs("anthology", "memories")).containsExactly("cannon-fodder", "magnetic-rose", "stink-bomb");
        String memories = given().get("/api/v1/anthologies/memories").then().extract().path("id");
        assertThat(slugs("anthology", memories)).containsExactly("cannon-fodder", "magnetic-rose", "stink-bomb");
        assertThat(slugs("studio", "madhouse")).containsExactly("stink-bomb");
        assertThat(slugs("person", "satoshi-kon")).containsExactly("magnetic-rose");
        assertThat(slugs("role", "cg_director")).containsExactly("combustible");
        assertThat(slugs("person", "katsuhiro-otomo", "role", "director")).containsExactly("cannon-fodder", "combustible",
                "construction-cancellation-order", "robot-carnival-ending", "robot-carnival-opening");
        // credits on the whole anthology are not the segments'
        assertThat(slugs("person", "taku-mayumura")).isEmpty();
        // combined
        assertThat(slugs("anthology", "short-peace", "studio", "sunrise", "role", "director"))
                .containsExactly("a-farewell-to-weapons", "combustible", "gambo", "possessions");
        given().queryParam("anthology", "short-peace").queryParam("total", true).get(LIST).then().body("page.total", equalTo(5));
    }

    @Test
    void sortsWithTiesByIdAndUnknownRuntimesLast() {
        List<String> thirteen = idOrder("combustible", "gambo");
        assertThat(slugs("anthology", "short-peace", "sort", "runtimeMinutes"))
                .containsExactly(thirteen.get(0), thirteen.get(1), "possessions", "a-farewell-to-weapons", "short-peace-opening");
        assertThat(slugs("anthology", "short-peace", "sort", "-runtimeMinutes"))
                .containsExactly("a-farewell-to-weapons", "possessions", thirteen.get(1), thirteen.get(0), "short-peace-opening");
        assertThat(slugs("anthology", "short-peace", "sort", "-runtimeMinutes,-slug"))
                .containsExactly("a-farewell-to-weapons", "possessions", "gambo", "combustible", "short-peace-opening");

        // two segments are called "Opening": adjacent, by id in the direction of the sort
        List<String> openings = idOrder("robot-carnival-opening", "short-peace-opening");
        List<String> byTitle = slugs("sort", "title");
        assertThat(byTitle.subList(byTitle.indexOf(openings.get(0)), byTitle.indexOf(openings.get(0)) + 2)).isEqualTo(openings);
        List<String> byTitleDescending = slugs("sort", "-title");
        int at = byTitleDescending.indexOf(openings.get(1));
        assertThat(byTitleDescending.subList(at, at + 2)).containsExactly(openings.get(1), openings.get(0));

        List<String> bySlug = slugs("sort", "-slug");
        assertThat(bySlug).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(slugs()).isEqualTo(slugs("sort", "slug")).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void badValuesAre400sNamingTheParameter() {
        assertInvalid("anthology", "memoirs", "no anthology has the id or slug 'memoirs'");
        assertInvalid("studio", "ghibli", "no company has the id or slug 'ghibli'");
        assertInvalid("person", "nobody", "no person has the id or slug 'nobody'");
        assertInvalid("role", "auteur", "unknown value 'auteur'");
        assertInvalid("sort", "position", "unknown field 'position'");
        assertInvalid("sort", "title,slug,title", "more than once");
    }

    @Test
    void anUnknownNamedRowIsReportedBeforeAParameterCheckedAfterIt() {
        // the list checks anthology, person, role, studio, sort and cursor in this order, each named row looked up
        // before the next parameter: a statement still finds the unknown one first
        assertInvalid(Map.of("anthology", "memoirs", "role", "auteur"), "anthology");
        assertInvalid(Map.of("anthology", "memories", "person", "nobody", "role", "auteur"), "person");
        assertInvalid(Map.of("role", "auteur", "studio", "ghibli"), "role");
        assertInvalid(Map.of("studio", "ghibli", "sort", "position"), "studio");
        assertInvalid(Map.of("person", "nobody", "studio", "Not_A_Slug"), "person");
        String foreign = given().queryParam("limit", 1).queryParam("sort", "title").get(LIST).then().extract().path("page.next");
        assertInvalid(Map.of("person", "nobody", "cursor", foreign), "person");
        assertInvalid(Map.of("person", "satoshi-kon", "cursor", foreign), "cursor");
        assertInvalid(Map.of("anthology", "memories", "studio", "ghibli", "person", "nobody"), "person");
    }

    @Test
    void aPageIsOneStatementWhateverItsFiltersAndSize() {
        for (String query : List.of("?limit=100", "?limit=20", "?limit=1&total=true&sort=-runtimeMinutes,title",
                "?limit=2&total=true&anthology=memories&person=satoshi-kon&studio=studio-4c&role=screenplay")) {
            long before = statements.count();
            List<Object> items = given().urlEncodingEnabled(false).get(LIST + query).then().statusCode(200)
                    .extract().jsonPath().getList("items");
            assertThat(statements.count() - before).as(query).isEqualTo(1);
            assertThat(items).as(query).isNotEmpty();
        }
        String next = given().queryParam("limit", 2).get(LIST).then().extract().path("page.next");
        long before = statements.count();
        given().queryParam("limit", 2).queryParam("cursor", next).get(LIST).then().statusCode(200);
        assertThat(statements.count() - before).isEqualTo(1);
    }

    private static List<String> idOrder(String... slugs) {
        return java.util.Arrays.stream(slugs)
                .map(slug -> new String[]{given().get(LIST + "/" + slug).then().extract().path("id"), slug})
                .sorted(Comparator.comparing(pair -> pair[0])).map(pair -> pair[1]).toList();
    }

    private static List<String> slugs(Object... parameters) {
        var request = given().queryParam("limit", 100);
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam((String) parameters[i], parameters[i + 1]);
        }
        return request.get(LIST).then().statusCode(200).extract().jsonPath().getList("items.slug");
    }

    private static void assertInvalid(Map<String, String> parameters, String reported) {
        given().queryParams(parameters).get(LIST).then().statusCode(400).body("errors[0].parameter", equalTo(reported));
    }

    private static void assertInvalid(String parameter, String value, String detail) {
        given().queryParam(parameter, value).get(LIST).then().statusCode(400)
                .body("errors[0].parameter", equalTo(parameter)).body("errors[0].detail", containsString(detail));
    }
}
