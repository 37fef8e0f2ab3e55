package io.animecatalogue.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class PaginationTest {

    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @Test
    void followingTheLinkHeaderWalksEveryItemExactlyOnce() {
        for (String list : List.of("/api/v1/people", "/api/v1/companies", "/api/v1/segments", "/api/v1/anthologies", "/api/v1/releases")) {
            List<String> all = given().queryParam("limit", 100).get(list).then().statusCode(200).extract().jsonPath().getList("items.slug");
            long total = given().queryParam("limit", 100).queryParam("total", true).get(list).then().extract().jsonPath().getLong("page.total");
            assertThat(all).hasSize((int) total);

            List<String> walked = new ArrayList<>();
            String url = list + "?limit=3&total=true";
            int pages = 0;
            while (url != null) {
                Response response = given().urlEncodingEnabled(false).get(url);
                response.then().statusCode(200);
                JsonPath page = response.jsonPath();
                walked.addAll(page.getList("items.slug"));
                assertThat(page.getInt("page.limit")).isEqualTo(3);
                assertThat(page.getLong("page.total")).isEqualTo(total);
                url = next(response.header("Link"));
                assertThat(url == null).isEqualTo(page.getString("page.next") == null);
                pages++;
            }
            assertThat(walked).as(list).isEqualTo(all).doesNotHaveDuplicates();
            assertThat(pages).isEqualTo((int) Math.max(1, (total + 2) / 3));
        }
    }

    /** Every sortable field of every list, both ways: walking two at a time gives the one-page answer, item for item. */
    @Test
    void walkingAnySortGivesTheSameOrderAsOnePage() {
        Map<String, List<String>> sortable = Map.of(
                "/api/v1/anthologies", List.of("title", "releaseYear", "slug", "createdAt"),
                "/api/v1/segments", List.of("title", "slug", "runtimeMinutes"),
                "/api/v1/releases", List.of("releaseDate", "slug", "createdAt"),
                "/api/v1/people", List.of("name", "slug", "birthYear"));
        sortable.forEach((list, fields) -> {
            List<String> sorts = new ArrayList<>();
            for (String field : fields) {
                sorts.add(field);
                sorts.add("-" + field);
            }
            sorts.add("-" + fields.get(0) + "," + fields.get(fields.size() - 1));
            for (String sort : sorts) {
                List<String> all = given().queryParam("limit", 100).queryParam("sort", sort).get(list)
                        .then().statusCode(200).extract().jsonPath().getList("items.id");
                List<String> walked = new ArrayList<>();
                String url = list + "?limit=2&sort=" + sort;
                while (url != null) {
                    Response response = given().urlEncodingEnabled(false).get(url);
                    response.then().statusCode(200);
                    walked.addAll(response.jsonPath().getList("items.id"));
                    url = next(response.header("Link"));
                }
                assertThat(walked).as(list + "?sort=" + sort).isEqualTo(all).doesNotHaveDuplicates();
            }
        });
    }

    @Test
    void slugOrderIsByteWiseSoItIsTheSameOnEveryServer() {
        List<String> slugs = given().queryParam("limit", 100).get("/api/v1/segments").then().extract().jsonPath().getList("items.slug");
        assertThat(slugs).isSortedAccordingTo(String::compareTo);
    }

    private static String next(String link) {
        if (link == null) {
            return null;
        }
        Matcher matcher = NEXT_LINK.matcher(link);
        assertThat(matcher.find()).as("Link header %s", link).isTrue();
        return matcher.group(1);
    }
}
