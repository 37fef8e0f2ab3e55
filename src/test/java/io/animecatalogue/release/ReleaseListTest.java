package io.animecatalogue.release;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static io.animecatalogue.auth.TestTokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ReleaseListTest {

    private static final String LIST = "/api/v1/releases";

    @Test
    void eachFilterSelectsWhatItSays() {
        assertThat(slugs("format", "blu_ray")).containsExactly("memories-us-blu-ray", "robot-carnival-us-blu-ray");
        assertThat(slugs("format", "dvd,vhs")).containsExactly("memories-us-dvd");
        assertThat(slugs("country", "us")).hasSize(3);
        assertThat(slugs("country", "JP")).isEmpty();
        assertThat(slugs("regionCode", "1")).containsExactly("memories-us-dvd");
        assertThat(slugs("regionCode", "a")).isEmpty();
        assertThat(slugs("publisher", "discotek-media")).containsExactly("memories-us-blu-ray", "robot-carnival-us-blu-ray");
        assertThat(slugs("printStatus", "out_of_print")).containsExactly("memories-us-dvd");
        assertThat(slugs("releasedFrom", "2004-02-24")).containsExactly("memories-us-dvd");
        assertThat(slugs("releasedFrom", "2004-02-25")).isEmpty();
        assertThat(slugs("releasedTo", "2004-02-24")).containsExactly("memories-us-dvd");
        assertThat(slugs("releasedTo", "2004-02-23")).isEmpty();
        assertThat(slugs("hasSegment", "deprive")).containsExactly("robot-carnival-us-blu-ray");
        assertThat(slugs("hasSegment", "magnetic-rose")).containsExactly("memories-us-blu-ray", "memories-us-dvd");
        // combined
        assertThat(slugs("format", "blu_ray", "publisher", "discotek-media", "hasSegment", "stink-bomb"))
                .containsExactly("memories-us-blu-ray");
    }

    @Test
    void sortsByDateWithUnknownDatesLastAndTiesById() {
        // only the DVD's day is known; the other two tie on "unknown" and follow by id, in the direction of the sort
        List<String> undated = idOrder("memories-us-blu-ray", "robot-carnival-us-blu-ray");
        assertThat(slugs("sort", "releaseDate")).containsExactly("memories-us-dvd", undated.get(0), undated.get(1));
        assertThat(slugs("sort", "-releaseDate")).containsExactly("memories-us-dvd", undated.get(1), undated.get(0));
        assertThat(slugs("sort", "-releaseDate,-slug")).containsExactly("memories-us-dvd", "robot-carnival-us-blu-ray", "memories-us-blu-ray");
        assertThat(slugs("sort", "-slug")).containsExactly("robot-carnival-us-blu-ray", "memories-us-dvd", "memories-us-blu-ray");
        assertThat(slugs("sort", "createdAt")).hasSize(3);
        List<String> walked = new java.util.ArrayList<>();
        String url = LIST + "?limit=1&sort=-releaseDate";
        while (url != null) {
            Response page = given().urlEncodingEnabled(false).get(url);
            walked.addAll(page.jsonPath().getList("items.slug"));
            String next = page.jsonPath().getString("page.next");
            url = next == null ? null : LIST + "?limit=1&sort=-releaseDate&cursor=" + next;
        }
        assertThat(walked).isEqualTo(slugs("sort", "-releaseDate"));
    }

    @Test
    void badValuesAre400sNamingTheParameter() {
        assertInvalid("releasedFrom", "2004-02-30", "YYYY-MM-DD");
        assertInvalid("releasedFrom", "24.02.2004", "YYYY-MM-DD");
        assertInvalid("releasedTo", "2004", "YYYY-MM-DD");
        assertInvalid("format", "betamax", "unknown value 'betamax'");
        assertInvalid("printStatus", "sold_out", "unknown value 'sold_out'");
        assertInvalid("regionCode", "9", "region code");
        assertInvalid("country", "1", "country code");
        assertInvalid("publisher", "nobody", "no company has the id or slug 'nobody'");
        assertInvalid("hasSegment", "nothing", "no segment has the id or slug 'nothing'");
        assertInvalid("sort", "releaseYear", "unknown field 'releaseYear'");
        given().queryParam("releasedFrom", "2005-01-01").queryParam("releasedTo", "2004-12-31").get(LIST)
                .then().statusCode(400).body("errors[0].parameter", equalTo("releasedTo"));
    }

    @Test
    void theETagChangesWhenAListedReleaseChanges() {
        String query = LIST + "?publisher=discotek-media";
        String tag = given().get(query).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", tag).get(query).then().statusCode(304);
        try {
            asEditor().header("If-Match", "*").contentType("application/merge-patch+json").body("{\"edition\": \"Tag Test\"}")
                    .patch(LIST + "/robot-carnival-us-blu-ray").then().statusCode(200);
            given().header("If-None-Match", tag).get(query).then().statusCode(200);
        } finally {
            asEditor().header("If-Match", "*").contentType("application/merge-patch+json").body("{\"edition\": null}")
                    .patch(LIST + "/robot-carnival-us-blu-ray").then().statusCode(200);
        }
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
