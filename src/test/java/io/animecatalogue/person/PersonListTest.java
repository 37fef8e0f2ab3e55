package io.animecatalogue.person;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class PersonListTest {

    private static final String LIST = "/api/v1/people";

    @Test
    void eachFilterSelectsWhatItSays() {
        assertThat(slugs("role", "composition")).containsExactly("rintaro");
        // on the anthology itself (Taku Mayumura) or on one of its segments (Yoshiaki Kawajiri)
        assertThat(slugs("anthology", "neo-tokyo")).contains("taku-mayumura", "yoshiaki-kawajiri", "katsuhiro-otomo")
                .doesNotContain("satoshi-kon");
        assertThat(slugs("role", "director", "anthology", "short-peace"))
                .containsExactly("hajime-katoki", "hiroaki-ando", "katsuhiro-otomo", "koji-morimoto", "shuhei-morita");
        given().queryParam("role", "composition").queryParam("total", true).get(LIST).then().body("page.total", equalTo(1));
    }

    @Test
    void sortsByBirthYearWithTiesByIdAndUnknownYearsLast() {
        List<String> born1941 = idOrder("masao-maruyama", "rintaro");
        List<String> ascending = slugs("sort", "birthYear");
        assertThat(ascending.subList(0, 3)).containsExactly("taku-mayumura", born1941.get(0), born1941.get(1));
        List<String> descending = slugs("sort", "-birthYear");
        assertThat(descending.get(0)).isEqualTo("shuhei-morita");
        // people of unknown birth come last in both directions, by id in the direction of the sort
        int known = (int) given().get(LIST + "?limit=100").jsonPath().getList("items.birthYear").stream().filter(year -> year != null).count();
        List<String> unknownDescending = new java.util.ArrayList<>(descending.subList(known, descending.size()));
        java.util.Collections.reverse(unknownDescending);
        assertThat(unknownDescending).isEqualTo(ascending.subList(known, ascending.size()));
        List<String> unknown = ascending.subList(known, ascending.size());
        assertThat(unknown).contains("yoko-kanno").doesNotContain("rintaro");
        assertThat(unknown).isEqualTo(idOrder(unknown.toArray(String[]::new)));

        assertThat(slugs("sort", "-birthYear,name").subList(0, 4)).containsExactly("shuhei-morita", "takkyu-ishino", "katsuhito-ishii", "takashi-hashimoto");
        assertThat(slugs("sort", "name").get(0)).isEqualTo("atsuko-fukushima");
        assertThat(slugs("sort", "-name").get(0)).isEqualTo("yoshimasa-mizuo");
    }

    @Test
    void badValuesAre400sNamingTheParameter() {
        assertInvalid("role", "star", "unknown value 'star'");
        assertInvalid("anthology", "akira", "no anthology has the id or slug 'akira'");
        assertInvalid("sort", "age", "unknown field 'age'");
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

    private static void assertInvalid(String parameter, String value, String detail) {
        given().queryParam(parameter, value).get(LIST).then().statusCode(400)
                .body("errors[0].parameter", equalTo(parameter)).body("errors[0].detail", containsString(detail));
    }
}
