package io.animecatalogue.release;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.animecatalogue.auth.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.animecatalogue.auth.TestTokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ReleaseWriteTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json";

    /** Not in the seed, and not what any derived slug of these tests comes out as. */
    private static final String SLUG = "memories-test-uk-blu-ray";
    private static final String UK_BLU_RAY = """
            {"slug": "memories-test-uk-blu-ray", "anthology": "memories", "format": "blu_ray", "country": "GB", \
            "regionCodes": ["B"], "publisher": "discotek-media", "releaseDate": "2022-05-16", "edition": "Limited Edition", \
            "barcode": "5021866000008", "aspectRatio": "1.85:1", "anamorphic": true, \
            "audioTracks": [{"language": "ja", "codec": "LPCM", "channels": "2.0"}, {"language": "en"}], \
            "subtitleLanguages": ["en"], "discCount": 1, "runtimeMinutes": 113, "bonusFeatures": ["Trailer"], \
            "printStatus": "in_print", "segments": ["cannon-fodder", "magnetic-rose"]}""";

    /** The slug of every body a test expects to be refused: after the refusal, nothing may have it. */
    private static final String REFUSED = "memories-test-refused";

    @Test
    void createAnswers201WithLocationETagAndTheBody() {
        try {
            var created = create(UK_BLU_RAY);
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(created.contentType()).startsWith("application/json");
            String id = created.path("id");
            assertThat(created.header("Location")).endsWith("/api/v1/releases/" + id);
            assertThat(created.header("ETag")).isNotBlank();
            assertThat(created.<String>path("slug")).isEqualTo(SLUG);
            assertThat(created.<String>path("anthology.slug")).isEqualTo("memories");
            assertThat(created.<String>path("publisher.slug")).isEqualTo("discotek-media");
            assertThat(created.<String>path("format")).isEqualTo("blu_ray");
            // a full date implies its year
            assertThat(created.<Integer>path("releaseYear")).isEqualTo(2022);
            assertThat(created.<List<String>>path("audioTracks.language")).containsExactly("ja", "en");
            assertThat(created.<String>path("audioTracks[0].codec")).isEqualTo("LPCM");

            given().get("/api/v1/releases/" + id).then().statusCode(200)
                    .header("ETag", equalTo(created.header("ETag")))
                    .body("slug", equalTo(SLUG))
                    .body("barcode", equalTo("5021866000008"))
                    .body("regionCodes", contains("B"))
                    .body("releaseDate", equalTo("2022-05-16"))
                    .body("releaseYear", equalTo(2022));
            given().queryParam("limit", 100).get("/api/v1/anthologies/memories/releases").then().statusCode(200)
                    .body("items.slug", hasItem(SLUG));
            asEditor().get("/api/v1/audit-events?resource=" + id).then().statusCode(200)
                    .body("items[0].action", equalTo("create"))
                    .body("items[0].actor", equalTo("test-editor"))
                    .body("items[0].resourceType", equalTo("release"))
                    .body("items[0].resourceSlug", equalTo(SLUG));
        } finally {
            deleteIfPresent(SLUG);
        }
    }

    @Test
    void attachedSegmentsComeBackInRunningOrder() {
        try {
            String id = create(UK_BLU_RAY).path("id");
            given().get("/api/v1/releases/" + id).then().statusCode(200)
                    .body("segments.slug", contains("magnetic-rose", "cannon-fodder"))
                    .body("segments.position", contains(1, 3));
        } finally {
            deleteIfPresent(SLUG);
        }
    }

    @Test
    void referencesMayBeIdsAndASlugIsDerivedWhenNoneIsGiven() {
        String anthologyId = given().get("/api/v1/anthologies/robot-carnival").then().statusCode(200).extract().path("id");
        String publisherId = given().get("/api/v1/companies/discotek-media").then().statusCode(200).extract().path("id");
        String segmentId = given().get("/api/v1/segments/deprive").then().statusCode(200).extract().path("id");
        ObjectNode body = body(null).put("anthology", anthologyId).put("format", "laserdisc").put("country", "JP")
                .put("publisher", publisherId);
        body.set("segments", array(segmentId));
        try {
            var first = create(body.toString());
            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(first.<String>path("slug")).isEqualTo("robot-carnival-jp-laserdisc");
            assertThat(first.<String>path("anthology.slug")).isEqualTo("robot-carnival");
            assertThat(first.<String>path("publisher.slug")).isEqualTo("discotek-media");
            assertThat(first.<List<String>>path("segments.slug")).containsExactly("deprive");
            var second = create(body.toString());
            assertThat(second.<String>path("slug")).isEqualTo("robot-carnival-jp-laserdisc-2");
        } finally {
            deleteIfPresent("robot-carnival-jp-laserdisc");
            deleteIfPresent("robot-carnival-jp-laserdisc-2");
        }
    }

    @Test
    void aTakenSlugIsA409NamingTheMember() {
        long before = total();
        asEditor().contentType("application/json").body(body("memories-us-dvd").toString()).post("/api/v1/releases")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("/problems/conflict"))
                .body("errors[0].pointer", equalTo("/slug"));
        assertThat(total()).isEqualTo(before);
        given().get("/api/v1/releases/memories-us-dvd").then().body("format", equalTo("dvd"));
    }

    @Test
    void aSegmentOfAnotherAnthologyIsRefused() {
        ObjectNode body = body(REFUSED);
        body.set("segments", array("the-running-man", "magnetic-rose"));
        refused(body).body("errors.pointer", contains("/segments/0"))
                .body("errors[0].detail", equalTo("belongs to another anthology ('neo-tokyo')"));
        assertNothingCreated();
    }

    @Test
    void aSegmentListedTwiceIsRefusedAlsoWhenNamedOnceByIdAndOnceBySlug() {
        String id = given().get("/api/v1/segments/stink-bomb").then().statusCode(200).extract().path("id");
        ObjectNode body = body(REFUSED);
        body.set("segments", array("stink-bomb", id));
        refused(body).body("errors.pointer", contains("/segments/1"));
        assertNothingCreated();
    }

    @Test
    void anUnknownSegmentIsRefused() {
        ObjectNode body = body(REFUSED);
        body.set("segments", array("magnetic-rose", "no-such-segment"));
        refused(body).body("errors.pointer", contains("/segments/1"))
                .body("errors[0].detail", containsString("no-such-segment"));
        assertNothingCreated();
    }

    @Test
    void anUnknownPublisherIsRefused() {
        refused(body(REFUSED).put("publisher", "no-such-publisher"))
                .body("errors.pointer", contains("/publisher"))
                .body("errors[0].detail", equalTo("no company has the id or slug 'no-such-publisher'"));
        assertNothingCreated();
    }

    @Test
    void anAnthologysIdGivenAsPublisherIsRefused() {
        String anthologyId = given().get("/api/v1/anthologies/memories").then().statusCode(200).extract().path("id");
        refused(body(REFUSED).put("publisher", anthologyId))
                .body("errors.pointer", contains("/publisher"))
                .body("errors[0].detail", equalTo("no company has the id or slug '" + anthologyId + "'"));
        assertNothingCreated();
    }

    @Test
    void aCompanysIdGivenAsAnthologyIsRefused() {
        String companyId = given().get("/api/v1/companies/madhouse").then().statusCode(200).extract().path("id");
        refused(body(REFUSED).put("anthology", companyId)).body("errors.pointer", contains("/anthology"));
        assertNothingCreated();
    }

    @Test
    void aMissingAnthologyIsRefused() {
        ObjectNode body = body(REFUSED);
        body.remove("anthology");
        refused(body).body("errors.pointer", contains("/anthology"));
        assertNothingCreated();
    }

    @Test
    void aBarcodeWithAWrongCheckDigitIsRefused() {
        refused(body(REFUSED).put("barcode", "5021866000005")).body("errors.pointer", contains("/barcode"));
        assertNothingCreated();
    }

    @Test
    void anAspectRatioThatIsNotWidthToOneIsRefused() {
        refused(body(REFUSED).put("aspectRatio", "wide")).body("errors.pointer", contains("/aspectRatio"));
        assertNothingCreated();
    }

    @Test
    void regionCodesAndAudioTracksAreChecked() {
        ObjectNode body = body(REFUSED);
        body.set("regionCodes", array("1", "Z"));
        body.set("audioTracks", JSON.createArrayNode().add(JSON.createObjectNode().put("language", "Japanese")));
        body.set("subtitleLanguages", array("english"));
        refused(body).body("errors.pointer", contains("/audioTracks/0/language", "/regionCodes/1", "/subtitleLanguages/0"));
        assertNothingCreated();
    }

    @Test
    void everyBrokenRuleIsReportedInOneResponse() {
        ObjectNode body = body(REFUSED).put("publisher", "no-such-publisher").put("barcode", "5021866000005")
                .put("aspectRatio", "wide").put("releaseDate", "2022-05-16").put("releaseYear", 2021);
        body.set("segments", array("the-running-man"));
        refused(body).body("errors.pointer",
                containsInAnyOrder("/aspectRatio", "/barcode", "/publisher", "/segments/0", "/releaseYear"));
        assertNothingCreated();
    }

    @Test
    void aFutureDateOrYearIsOnlyForAnAnnouncedRelease() {
        refused(body(REFUSED).put("releaseDate", "2099-01-01").put("printStatus", "in_print"))
                .body("errors.pointer", contains("/releaseDate"))
                .body("errors[0].detail", equalTo("is in the future; only an announced release can be"));
        refused(body(REFUSED).put("releaseYear", 2099)).body("errors.pointer", contains("/releaseYear"));
        assertNothingCreated();

        try {
            var announced = create(body(REFUSED).put("releaseDate", "2099-01-01").put("printStatus", "announced").toString());
            assertThat(announced.statusCode()).isEqualTo(201);
            assertThat(announced.<Integer>path("releaseYear")).isEqualTo(2099);
            given().get("/api/v1/releases/" + REFUSED).then().statusCode(200).body("printStatus", equalTo("announced"));
        } finally {
            deleteIfPresent(REFUSED);
        }
    }

    @Test
    void aYearThatDisagreesWithTheDateIsRefused() {
        refused(body(REFUSED).put("releaseDate", "2022-05-16").put("releaseYear", 2021))
                .body("errors.pointer", contains("/releaseYear"))
                .body("errors[0].detail", containsString("2022"));
        assertNothingCreated();
    }

    @Test
    void aDateThatIsNotOnTheCalendarIsRefused() {
        refused(body(REFUSED).put("releaseDate", "1995-02-30")).body("errors.pointer", contains("/releaseDate"));
        assertNothingCreated();
    }

    @Test
    void anUnknownFormatIsRefused() {
        refused(body(REFUSED).put("format", "betamax"))
                .body("errors.pointer", contains("/format"))
                .body("errors[0].detail", containsString("blu_ray"));
        assertNothingCreated();
    }

    @Test
    void anUnknownMemberIsRefused() {
        refused(body(REFUSED).put("colour", true)).body("errors.pointer", contains("/colour"));
        assertNothingCreated();
    }

    @Test
    void writesNeedAnEditorsToken() {
        long before = total();
        given().contentType("application/json").body(body(REFUSED).toString()).post("/api/v1/releases")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2(TestTokens.token("test-reader", Set.of())).contentType("application/json")
                .body(body(REFUSED).toString()).post("/api/v1/releases")
                .then().statusCode(403).contentType(PROBLEM);
        assertNothingCreated();
        assertThat(total()).isEqualTo(before);

        String tag = given().get("/api/v1/releases/memories-us-dvd").then().extract().header("ETag");
        given().header("If-Match", tag).delete("/api/v1/releases/memories-us-dvd")
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", startsWith("Bearer"));
        given().get("/api/v1/releases/memories-us-dvd").then().statusCode(200).header("ETag", equalTo(tag));
    }

    @Test
    void replaceNeedsTheCurrentETagAndWritesNothingWhenItIsStale() {
        try {
            String firstTag = create(UK_BLU_RAY).header("ETag");
            String replaced = """
                    {"anthology": "memories", "format": "blu_ray", "country": "GB", "publisher": "madhouse", \
                    "releaseYear": 2023, "printStatus": "out_of_print", "segments": ["stink-bomb"]}""";

            asEditor().contentType("application/json").body(replaced).put("/api/v1/releases/" + SLUG)
                    .then().statusCode(428).contentType(PROBLEM).body("type", equalTo("/problems/precondition-required"));
            given().get("/api/v1/releases/" + SLUG).then().header("ETag", equalTo(firstTag)).body("releaseYear", equalTo(2022));

            var written = asEditor().contentType("application/json").header("If-Match", firstTag).body(replaced)
                    .put("/api/v1/releases/" + SLUG)
                    .then().statusCode(200).header("ETag", not(equalTo(firstTag)))
                    .body("slug", equalTo(SLUG))
                    .body("publisher.slug", equalTo("madhouse"))
                    .body("releaseYear", equalTo(2023))
                    .body("segments.slug", contains("stink-bomb"))
                    // a replace is whole: what the body leaves out is cleared
                    .body("releaseDate", equalTo(null))
                    .body("barcode", equalTo(null))
                    .body("audioTracks", equalTo(List.of()))
                    .extract();
            String secondTag = written.header("ETag");
            given().get("/api/v1/releases/" + SLUG).then().statusCode(200).header("ETag", equalTo(secondTag))
                    .body("segments.slug", contains("stink-bomb"));

            asEditor().contentType("application/json").header("If-Match", firstTag)
                    .body("{\"anthology\": \"memories\", \"format\": \"dvd\"}").put("/api/v1/releases/" + SLUG)
                    .then().statusCode(412).contentType(PROBLEM).body("type", equalTo("/problems/precondition-failed"));
            given().get("/api/v1/releases/" + SLUG).then().header("ETag", equalTo(secondTag))
                    .body("format", equalTo("blu_ray")).body("publisher.slug", equalTo("madhouse"));

            asEditor().contentType("application/json").header("If-Match", secondTag)
                    .body("{\"anthology\": \"memories\", \"format\": \"blu_ray\", \"segments\": [\"construction-cancellation-order\"]}")
                    .put("/api/v1/releases/" + SLUG)
                    .then().statusCode(400).contentType(PROBLEM).body("errors.pointer", contains("/segments/0"));
            given().get("/api/v1/releases/" + SLUG).then().header("ETag", equalTo(secondTag))
                    .body("segments.slug", contains("stink-bomb"));
        } finally {
            deleteIfPresent(SLUG);
        }
    }

    @Test
    void patchIsAMergePatch() {
        try {
            String tag = create(UK_BLU_RAY).header("ETag");
            asEditor().contentType("application/merge-patch+json").body("{\"printStatus\": \"out_of_print\"}")
                    .patch("/api/v1/releases/" + SLUG)
                    .then().statusCode(428).contentType(PROBLEM);
            given().get("/api/v1/releases/" + SLUG).then().header("ETag", equalTo(tag)).body("printStatus", equalTo("in_print"));

            String patchedTag = asEditor().contentType("application/merge-patch+json").header("If-Match", tag)
                    .body("{\"printStatus\": \"out_of_print\", \"barcode\": null, \"segments\": [\"stink-bomb\", \"magnetic-rose\"], "
                            + "\"releaseDate\": \"2023-01-10\"}")
                    .patch("/api/v1/releases/" + SLUG)
                    .then().statusCode(200).header("ETag", not(equalTo(tag)))
                    .body("printStatus", equalTo("out_of_print"))
                    .body("barcode", equalTo(null))
                    .body("segments.slug", contains("magnetic-rose", "stink-bomb"))
                    // the year follows a new date that comes without one
                    .body("releaseDate", equalTo("2023-01-10"))
                    .body("releaseYear", equalTo(2023))
                    .body("publisher.slug", equalTo("discotek-media"))
                    .body("edition", equalTo("Limited Edition"))
                    .body("audioTracks.language", contains("ja", "en"))
                    .extract().header("ETag");

            asEditor().contentType("application/merge-patch+json").header("If-Match", patchedTag)
                    .body("{\"releaseDate\": null}")
                    .patch("/api/v1/releases/" + SLUG)
                    .then().statusCode(200).body("releaseDate", equalTo(null)).body("releaseYear", equalTo(2023));

            asEditor().contentType("application/json").header("If-Match", "*").body("{}")
                    .patch("/api/v1/releases/" + SLUG)
                    .then().statusCode(415).contentType(PROBLEM);
        } finally {
            deleteIfPresent(SLUG);
        }
    }

    @Test
    void aPatchThatBreaksARuleIsRefusedMemberByMember() {
        try {
            String tag = create(UK_BLU_RAY).header("ETag");
            asEditor().contentType("application/merge-patch+json").header("If-Match", tag)
                    .body("{\"anthology\": null, \"aspectRatio\": \"wide\", \"releaseYear\": 2021}")
                    .patch("/api/v1/releases/" + SLUG)
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("/problems/invalid-body"))
                    .body("errors.pointer", contains("/anthology", "/aspectRatio", "/releaseYear"));
            given().get("/api/v1/releases/" + SLUG).then().header("ETag", equalTo(tag))
                    .body("aspectRatio", equalTo("1.85:1")).body("releaseYear", equalTo(2022));
        } finally {
            deleteIfPresent(SLUG);
        }
    }

    @Test
    void deleteAnswers204AndTheReleaseIsGone() {
        String id = create(UK_BLU_RAY).path("id");
        String tag = given().get("/api/v1/releases/" + SLUG).then().extract().header("ETag");
        asEditor().delete("/api/v1/releases/" + SLUG).then().statusCode(428).contentType(PROBLEM);
        asEditor().header("If-Match", "\"stale\"").delete("/api/v1/releases/" + SLUG).then().statusCode(412).contentType(PROBLEM);
        given().get("/api/v1/releases/" + SLUG).then().statusCode(200).header("ETag", equalTo(tag));

        asEditor().header("If-Match", tag).delete("/api/v1/releases/" + id).then().statusCode(204);
        given().get("/api/v1/releases/" + SLUG).then().statusCode(404).contentType(PROBLEM);
        given().get("/api/v1/releases/" + id).then().statusCode(404);
        given().queryParam("limit", 100).get("/api/v1/anthologies/memories/releases").then()
                .body("items.slug", not(hasItem(SLUG)));
        // the segments it listed are the anthology's and stay
        given().get("/api/v1/segments/cannon-fodder").then().statusCode(200);
        asEditor().get("/api/v1/audit-events?resource=" + id).then().statusCode(200)
                .body("items.action", contains("delete", "create"));
    }

    static ExtractableResponse<Response> create(String body) {
        return asEditor().contentType("application/json").body(body).post("/api/v1/releases").then().extract();
    }

    /** The least a release needs, with the given slug (none when null). */
    private static ObjectNode body(String slug) {
        ObjectNode body = JSON.createObjectNode();
        if (slug != null) {
            body.put("slug", slug);
        }
        return body.put("anthology", "memories").put("format", "dvd");
    }

    private static ArrayNode array(String... values) {
        ArrayNode array = JSON.createArrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    private static ValidatableResponse refused(ObjectNode body) {
        return asEditor().contentType("application/json").body(body.toString()).post("/api/v1/releases")
                .then().statusCode(400).contentType(PROBLEM).body("type", equalTo("/problems/invalid-body"));
    }

    private static void assertNothingCreated() {
        given().get("/api/v1/releases/" + REFUSED).then().statusCode(404);
    }

    private static long total() {
        return given().queryParam("total", true).get("/api/v1/releases").then().statusCode(200).extract().<Integer>path("page.total");
    }

    private static void deleteIfPresent(String slug) {
        var current = given().get("/api/v1/releases/" + slug).then().extract();
        if (current.statusCode() == 200) {
            asEditor().header("If-Match", current.header("ETag")).delete("/api/v1/releases/" + slug).then().statusCode(204);
        }
    }
}
