package io.animecatalogue.anthology;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.animecatalogue.database.SentStatements;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static io.animecatalogue.auth.TestTokens.asAdmin;
import static io.animecatalogue.auth.TestTokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class AnthologyListTest {

    private static final String LIST = "/api/v1/anthologies";

    @Inject
    SentStatements statements;

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void deleteWhatTheTestCreated() {
        created.forEach(slug -> asAdmin().header("If-Match", "*").delete(LIST + "/" + slug).then().statusCode(204));
        created.clear();
    }

    @Test
    void eachFilterSelectsWhatItSays() {
        assertThat(slugs("yearFrom", "1990")).containsExactly("memories", "short-peace");
        assertThat(slugs("yearTo", "1987")).containsExactly("neo-tokyo", "robot-carnival");
        assertThat(slugs("yearFrom", "1987", "yearTo", "1995")).containsExactly("memories", "neo-tokyo", "robot-carnival");
        assertThat(slugs("kind", "ova")).containsExactly("robot-carnival");
        assertThat(slugs("kind", "FILM,ova")).containsExactly("memories", "neo-tokyo", "robot-carnival", "short-peace");
        assertThat(slugs("country", "jp")).hasSize(4);
        assertThat(slugs("country", "US")).isEmpty();
        // Madhouse is listed by Memories and Neo Tokyo, and made Stink Bomb inside Memories
        assertThat(slugs("company", "madhouse")).containsExactly("memories", "neo-tokyo");
        String sunrise = given().get("/api/v1/companies/sunrise").then().extract().path("id");
        assertThat(slugs("company", sunrise)).containsExactly("short-peace");
        // credited on a segment only
        assertThat(slugs("person", "satoshi-kon")).containsExactly("memories");
        // credited on the anthology itself only
        assertThat(slugs("person", "taku-mayumura")).containsExactly("neo-tokyo");
        assertThat(slugs("role", "composition")).containsExactly("neo-tokyo");
        assertThat(slugs("role", "cg_director")).containsExactly("short-peace");
        assertThat(slugs("person", "katsuhiro-otomo", "role", "general_director")).containsExactly("memories");
        assertThat(slugs("person", "koji-morimoto", "role", "director")).containsExactly("memories", "robot-carnival", "short-peace");
        // Koji Morimoto is on Memories, but not as its music
        assertThat(slugs("person", "koji-morimoto", "role", "music")).isEmpty();
    }

    @Test
    void theCompanyFilterFindsAnAnthologyWhoseOnlyTieIsASegmentsStudio() {
        asEditor().contentType("application/json").body("""
                {"slug": "segment-only-studio", "name": "Segment Only Studio", "kinds": ["animation_studio"]}""")
                .post("/api/v1/companies").then().statusCode(201);
        try {
            assertThat(slugs("company", "segment-only-studio")).isEmpty();
            asEditor().contentType("application/json").body("""
                    {"slug": "studio-filter-test", "title": "Studio Filter Test", "kind": "web",
                     "segments": [{"slug": "studio-filter-test-one", "title": "One", "studio": "segment-only-studio"}]}""")
                    .post(LIST).then().statusCode(201);
            created.add("studio-filter-test");
            assertThat(slugs("company", "segment-only-studio")).containsExactly("studio-filter-test");
            assertThat(slugs("company", "segment-only-studio", "kind", "film")).isEmpty();
        } finally {
            deleteWhatTheTestCreated();
            asAdmin().header("If-Match", "*").delete("/api/v1/companies/segment-only-studio").then().statusCode(204);
        }
    }

    @Test
    void filtersCombineAndTheTotalCountsTheFilteredList() {
        JsonPath page = given().queryParam("kind", "film").queryParam("yearTo", 2000).queryParam("person", "katsuhiro-otomo")
                .queryParam("company", "madhouse").queryParam("limit", 1).queryParam("total", true)
                .get(LIST).then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.slug")).containsExactly("memories");
        assertThat(page.getLong("page.total")).isEqualTo(2);
        String next = page.getString("page.next");
        assertThat(given().queryParam("kind", "film").queryParam("yearTo", 2000).queryParam("person", "katsuhiro-otomo")
                .queryParam("company", "madhouse").queryParam("limit", 1).queryParam("cursor", next)
                .get(LIST).then().statusCode(200).extract().jsonPath().getList("items.slug")).containsExactly("neo-tokyo");
    }

    @Test
    void badFilterValuesAre400sNamingTheParameter() {
        assertInvalid("yearFrom", "nineteen", "a year from 1900 to 2100");
        assertInvalid("yearFrom", "1800", "a year from 1900 to 2100");
        assertInvalid("kind", "movie", "unknown value 'movie'");
        assertInvalid("kind", "film,", "empty item");
        assertInvalid("country", "JPN", "country code");
        assertInvalid("company", "nobody", "no company has the id or slug 'nobody'");
        assertInvalid("company", "Not A Slug", "an id (a UUID) or a slug");
        assertInvalid("person", "nobody", "no person has the id or slug 'nobody'");
        assertInvalid("role", "boss", "unknown value 'boss'");
        assertInvalid("include", "staff", "unknown value 'staff'");
        given().queryParam("yearFrom", 1996).queryParam("yearTo", 1995).get(LIST)
                .then().statusCode(400).body("errors[0].parameter", equalTo("yearTo"));
    }

    @Test
    void badSortsAre400sNamingSort() {
        assertInvalid("sort", "rating", "unknown field 'rating'");
        assertInvalid("sort", "title,-title", "more than once");
        assertInvalid("sort", "title,", "empty item");
        assertInvalid("sort", "-", "empty item");
        assertInvalid("sort", "Title", "unknown field 'Title'");
    }

    @Test
    void sortsByEveryFieldInBothDirections() {
        assertThat(slugs()).containsExactly("memories", "neo-tokyo", "robot-carnival", "short-peace");
        assertThat(slugs("sort", "title")).containsExactly("memories", "neo-tokyo", "robot-carnival", "short-peace");
        assertThat(slugs("sort", "-title")).containsExactly("short-peace", "robot-carnival", "neo-tokyo", "memories");
        assertThat(slugs("sort", "slug")).containsExactly("memories", "neo-tokyo", "robot-carnival", "short-peace");
        assertThat(slugs("sort", "-slug")).containsExactly("short-peace", "robot-carnival", "neo-tokyo", "memories");

        // Neo Tokyo and Robot Carnival share 1987: the id decides, in the direction of the sort
        List<String> tied = idOrder("neo-tokyo", "robot-carnival");
        assertThat(slugs("sort", "releaseYear")).containsExactly(tied.get(0), tied.get(1), "memories", "short-peace");
        assertThat(slugs("sort", "-releaseYear")).containsExactly("short-peace", "memories", tied.get(1), tied.get(0));
        assertThat(slugs("sort", "-releaseYear,-title")).containsExactly("short-peace", "memories", "robot-carnival", "neo-tokyo");

        List<String> byCreation = QuarkusTransaction.requiringNew().call(() -> Anthology.<Anthology>listAll().stream()
                .sorted(Comparator.<Anthology, java.time.Instant>comparing(anthology -> anthology.createdAt.toInstant())
                        .thenComparing(anthology -> anthology.id.toString()))
                .map(anthology -> anthology.slug).toList());
        assertThat(slugs("sort", "createdAt")).isEqualTo(byCreation);
        List<String> newestFirst = QuarkusTransaction.requiringNew().call(() -> Anthology.<Anthology>listAll().stream()
                .sorted(Comparator.<Anthology, java.time.Instant>comparing(anthology -> anthology.createdAt.toInstant())
                        .thenComparing(anthology -> anthology.id.toString()).reversed())
                .map(anthology -> anthology.slug).toList());
        assertThat(slugs("sort", "-createdAt")).isEqualTo(newestFirst);
    }

    @Test
    void equalTitlesAreOrderedByIdAndUnknownYearsComeLastBothWays() {
        create("list-tie-one", "Zz Tie", null);
        create("list-tie-two", "Zz Tie", null);
        List<String> tied = idOrder("list-tie-one", "list-tie-two");
        assertThat(slugs("sort", "title")).endsWith(tied.get(0), tied.get(1));
        assertThat(slugs("sort", "-title")).startsWith(tied.get(1), tied.get(0));
        // no release year: after every known year, ascending and descending
        assertThat(slugs("sort", "releaseYear")).endsWith(tied.get(0), tied.get(1));
        assertThat(slugs("sort", "-releaseYear")).endsWith(tied.get(1), tied.get(0));
        assertThat(slugs("sort", "-releaseYear")).startsWith("short-peace");
        // and paging through the nulls continues among them
        assertThat(walk(LIST + "?limit=1&sort=-releaseYear")).isEqualTo(slugs("sort", "-releaseYear"));
    }

    @Test
    void walkingPagesWhileAnthologiesAreCreatedReturnsEveryEarlierOneExactlyOnce() {
        List<String> before = slugs("sort", "title");
        List<String> walked = new ArrayList<>();
        String url = LIST + "?limit=1&sort=title";
        int page = 0;
        while (url != null) {
            Response response = given().urlEncodingEnabled(false).get(url);
            response.then().statusCode(200);
            walked.addAll(response.jsonPath().getList("items.slug"));
            // new anthologies land before, at and after the page just read
            String title = switch (page % 3) {
                case 0 -> "Aaa Inserted " + page;
                case 1 -> response.jsonPath().getString("items[0].title");
                default -> "Zzz Inserted " + page;
            };
            create("list-inserted-" + page, title, 2000);
            String next = response.jsonPath().getString("page.next");
            url = next == null ? null : LIST + "?limit=1&sort=title&cursor=" + next;
            page++;
        }
        assertThat(walked).doesNotHaveDuplicates();
        assertThat(walked).containsAll(before);
        assertThat(walked.stream().filter(slug -> !slug.startsWith("list-inserted-")).toList()).isEqualTo(before);
    }

    @Test
    void aTamperedOrForeignCursorIsA400NamingCursor() {
        String byTitle = given().queryParam("limit", 1).queryParam("sort", "title").get(LIST).then().extract().path("page.next");
        // the same cursor continues its own list and sort
        given().queryParam("limit", 1).queryParam("sort", "title").queryParam("cursor", byTitle).get(LIST).then().statusCode(200);

        // with another sort, or none
        for (String sort : List.of("-title", "title,releaseYear", "slug")) {
            given().queryParam("sort", sort).queryParam("cursor", byTitle).get(LIST)
                    .then().statusCode(400).body("errors[0].parameter", equalTo("cursor"));
        }
        given().queryParam("cursor", byTitle).get(LIST).then().statusCode(400).body("errors[0].parameter", equalTo("cursor"));

        // edited: the key changed but the digest kept
        String json = new String(Base64.getUrlDecoder().decode(byTitle), StandardCharsets.UTF_8);
        String edited = Base64.getUrlEncoder().withoutPadding().encodeToString(json.replace("Memories", "Neo Tokyo").getBytes(StandardCharsets.UTF_8));
        assertThat(edited).isNotEqualTo(byTitle);
        given().queryParam("sort", "title").queryParam("cursor", edited).get(LIST)
                .then().statusCode(400).body("errors[0].parameter", equalTo("cursor"));
        given().queryParam("sort", "title").queryParam("cursor", byTitle.substring(0, byTitle.length() - 2)).get(LIST)
                .then().statusCode(400).body("errors[0].parameter", equalTo("cursor"));

        // from another list, even with the same sort
        String ofPeople = given().queryParam("limit", 1).get("/api/v1/people").then().extract().path("page.next");
        given().queryParam("cursor", ofPeople).get(LIST).then().statusCode(400).body("errors[0].parameter", equalTo("cursor"));
    }

    @Test
    void aListAnswers304ToItsOwnETagUntilARowItShowsChanges() {
        create("list-etag", "Etag Check", 1999);
        String query = LIST + "?yearFrom=1990&sort=title";
        Response first = given().get(query);
        String tag = first.header("ETag");
        assertThat(tag).isNotNull();
        assertThat(first.header("Cache-Control")).isEqualTo("no-cache");
        given().header("If-None-Match", tag).get(query).then().statusCode(304).body(emptyString()).header("ETag", equalTo(tag));
        // another query string is another representation
        given().header("If-None-Match", tag).get(LIST + "?yearFrom=1990&sort=-title").then().statusCode(200)
                .header("ETag", not(equalTo(tag)));

        asEditor().header("If-Match", "*").contentType("application/merge-patch+json").body("{\"runtimeMinutes\": 30}")
                .patch(LIST + "/list-etag").then().statusCode(200);
        Response changed = given().header("If-None-Match", tag).get(query);
        changed.then().statusCode(200);
        assertThat(changed.header("ETag")).isNotEqualTo(tag);
        given().header("If-None-Match", changed.header("ETag")).get(query).then().statusCode(304);
    }

    @Test
    void aFullLastPageChangesItsETagWhenAnItemArrivesAfterIt() {
        int all = given().queryParam("sort", "title").queryParam("limit", 100).get(LIST).jsonPath().getList("items").size();
        String beforeLast = given().queryParam("sort", "title").queryParam("limit", all - 1).get(LIST).path("page.next");
        // one item, the last by title, and no next page: the rows it shows stay the same below
        String query = LIST + "?sort=title&limit=1&cursor=" + beforeLast;
        Response last = given().urlEncodingEnabled(false).get(query);
        last.then().statusCode(200).body("items.size()", equalTo(1)).body("page.next", nullValue());

        create("zz-after-the-end", "Zzz After The End", 2001);
        Response grown = given().urlEncodingEnabled(false).header("If-None-Match", last.header("ETag")).get(query);
        grown.then().statusCode(200).body("items[0].slug", equalTo(last.path("items[0].slug")))
                .body("page.next", notNullValue());
        assertThat(grown.header("ETag")).isNotEqualTo(last.header("ETag"));
    }

    @Test
    void includeEmbedsInEveryItemWhatTheSingleAnthologyEmbeds() {
        JsonPath list = given().queryParam("include", "segments,credits,releases").queryParam("limit", 100).get(LIST)
                .then().statusCode(200).extract().jsonPath();
        JsonPath single = given().queryParam("include", "segments,credits,releases").get(LIST + "/memories")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> memories = list.getMap("items.find { it.slug == 'memories' }");
        assertThat(memories.get("segments")).isEqualTo(single.getList("segments"));
        assertThat(memories.get("credits")).isEqualTo(single.getList("credits"));
        assertThat(memories.get("releases")).isEqualTo(single.getList("releases"));
        assertThat(list.getList("items.find { it.slug == 'memories' }.segments[0].credits")).isNotEmpty();
        assertThat(list.getList("items.find { it.slug == 'short-peace' }.releases")).isEmpty();
        assertThat(list.getList("items.find { it.slug == 'short-peace' }.credits")).isEmpty();
        assertThat(list.getList("items.find { it.slug == 'short-peace' }.segments")).hasSize(5);

        // segments alone: no credits inside them
        given().queryParam("include", "segments").get(LIST).then().statusCode(200)
                .body("items.find { it.slug == 'memories' }.segments[0].slug", notNullValue())
                .body("items.find { it.slug == 'memories' }.segments[0].credits", nullValue())
                .body("items.find { it.slug == 'memories' }.releases", nullValue());
        given().get(LIST).then().statusCode(200)
                .body("items[0].segments", nullValue()).body("items[0].credits", nullValue()).body("items[0].releases", nullValue())
                .body("items[0].companies", nullValue());
    }

    @Test
    void companiesAreEmbeddedInListItemsAsTheDetailShowsThem() {
        JsonPath list = given().queryParam("include", "companies").queryParam("limit", 100).get(LIST)
                .then().statusCode(200).extract().jsonPath();
        for (String slug : List.of("memories", "robot-carnival", "neo-tokyo", "short-peace")) {
            List<Object> detail = given().get(LIST + "/" + slug).then().statusCode(200).extract().jsonPath().getList("companies");
            assertThat(list.getList("items.find { it.slug == '" + slug + "' }.companies")).as(slug).isEqualTo(detail);
        }
        assertThat(list.getList("items.find { it.slug == 'memories' }.companies.company.slug")).contains("madhouse", "studio-4c");
        // a detail always shows its companies; asking for them changes nothing
        given().queryParam("include", "companies").get(LIST + "/memories").then().statusCode(200)
                .body("companies.company.slug", hasItem("madhouse")).body("segments", nullValue());
    }

    @Test
    void aPageIsOneStatementWhateverItEmbedsAndHowManyItems() {
        for (String query : List.of("?limit=1&include=segments,credits,releases,companies",
                "?limit=100&include=segments,credits,releases,companies", "?limit=100&include=segments,credits,releases",
                "?limit=100", "?limit=2&include=segments,credits&total=true&company=madhouse&person=satoshi-kon")) {
            // twice: the first renders every item, the second finds most of them kept
            assertThat(statementsFor(LIST + query, 1)).as(query).isEqualTo(1);
            assertThat(statementsFor(LIST + query, 1)).as(query).isEqualTo(1);
        }
    }

    private long statementsFor(String url, int atLeast) {
        long before = statements.count();
        List<Object> items = given().urlEncodingEnabled(false).get(url).then().statusCode(200).extract().jsonPath().getList("items");
        long count = statements.count() - before;
        assertThat(items).hasSizeGreaterThanOrEqualTo(atLeast);
        return count;
    }

    private void create(String slug, String title, Integer year) {
        String body = "{\"slug\": \"" + slug + "\", \"title\": \"" + title + "\", \"kind\": \"web\""
                + (year == null ? "" : ", \"releaseYear\": " + year) + "}";
        asEditor().contentType("application/json").body(body).post(LIST).then().statusCode(201);
        created.add(slug);
    }

    private static List<String> slugs(Object... parameters) {
        var request = given().queryParam("limit", 100);
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam((String) parameters[i], parameters[i + 1]);
        }
        return request.get(LIST).then().statusCode(200).extract().jsonPath().getList("items.slug");
    }

    private static List<String> walk(String url) {
        List<String> walked = new ArrayList<>();
        while (url != null) {
            JsonPath page = given().urlEncodingEnabled(false).get(url).then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("items.slug"));
            String next = page.getString("page.next");
            url = next == null ? null : url.replaceAll("&cursor=.*", "") + "&cursor=" + next;
        }
        return walked;
    }

    /** The slugs in the order of their ids, as the database compares UUIDs (byte-wise, which their text form keeps). */
    private static List<String> idOrder(String... slugs) {
        List<String[]> pairs = new ArrayList<>();
        for (String slug : slugs) {
            pairs.add(new String[]{given().get(LIST + "/" + slug).then().extract().path("id"), slug});
        }
        pairs.sort(Comparator.comparing(pair -> pair[0]));
        return pairs.stream().map(pair -> pair[1]).toList();
    }

    private static void assertInvalid(String parameter, String value, String detail) {
        given().queryParam(parameter, value).get(LIST)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-parameter"))
                .body("errors[0].parameter", equalTo(parameter))
                .body("errors[0].detail", containsString(detail));
    }
}
