package io.animecatalogue.exchange;

import io.animecatalogue.auth.TestTokens;
import io.animecatalogue.database.SeededCatalogue;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.animecatalogue.auth.TestTokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** POST /api/v1/import: upsert by slug, all or nothing, every problem by line; NDJSON and release CSV. */
@QuarkusTest
@TestProfile(ImportTest.OwnDatabase.class)
class ImportTest {

    /** Imports add records that list tests would count; they get a seeded database of their own. */
    public static class OwnDatabase extends SeededCatalogue {
    }

    private static final String COMPANY = """
            {"type":"company","slug":"imp-studio","name":"Import Studio","kinds":["animation_studio"]}""";
    private static final String PERSON = """
            {"type":"person","slug":"imp-director","name":"Import Director","birthDate":"1970-05-01"}""";
    private static final String ANTHOLOGY = """
            {"type":"anthology","slug":"imp-anthology","title":"Import Anthology","kind":"ova","releaseYear":1990,\
            "synopsis":"First.","credits":[{"person":"katsuhiro-otomo","role":"supervisor"}],\
            "segments":[{"slug":"imp-segment-one","title":"One","studio":"imp-studio","credits":[{"person":"imp-director","role":"director"}]},\
            {"slug":"imp-segment-two","title":"Two"}]}""";
    private static final String RELEASE = """
            {"type":"release","slug":"imp-release","anthology":"imp-anthology","format":"blu_ray","barcode":"012345678905",\
            "segments":["imp-segment-two","imp-segment-one"],"audioTracks":[{"language":"ja","channels":"2.0"}]}""";

    static ExtractableResponse<Response> importNdjson(String body) {
        return importBody(body, "application/x-ndjson", "");
    }

    static ExtractableResponse<Response> importBody(String body, String contentType, String query) {
        return asEditor().contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import" + query).then().extract();
    }

    static String ndjson(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private static Map<String, Integer> counts(ExtractableResponse<Response> report, String type) {
        return report.jsonPath().getMap(type);
    }

    @Test
    void aFileCreatesEveryRecordAndTheSameFileAgainChangesNothing() {
        var first = importNdjson(ndjson(COMPANY, PERSON, ANTHOLOGY, RELEASE));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.<Boolean>path("dryRun")).isFalse();
        for (String type : List.of("companies", "people", "anthologies", "releases")) {
            assertThat(counts(first, type)).as(type).isEqualTo(Map.of("created", 1, "updated", 0, "unchanged", 0));
        }
        given().queryParam("include", "segments,credits").get("/api/v1/anthologies/imp-anthology").then().statusCode(200)
                .body("segments.slug", equalTo(List.of("imp-segment-one", "imp-segment-two")))
                .body("segments[0].studio.slug", equalTo("imp-studio"))
                .body("segments[0].credits[0].person.slug", equalTo("imp-director"))
                .body("credits[0].person.slug", equalTo("katsuhiro-otomo"));
        given().get("/api/v1/people/imp-director").then().body("birthYear", equalTo(1970));
        given().get("/api/v1/releases/imp-release").then().statusCode(200)
                .body("segments.slug", equalTo(List.of("imp-segment-one", "imp-segment-two")))
                .body("audioTracks[0].channels", equalTo("2.0"));
        String anthologyId = given().get("/api/v1/anthologies/imp-anthology").then().extract().path("id");
        asEditor().get("/api/v1/audit-events?resource=" + anthologyId).then()
                .body("items.action", equalTo(List.of("create"))).body("items[0].actor", equalTo("test-editor"));
        // as the API's create does, the import logs each segment and credit it creates, typed as the API types them
        var created = given().queryParam("include", "segments,credits").get("/api/v1/anthologies/imp-anthology").then()
                .extract().jsonPath();
        for (String segment : created.<String>getList("segments.id")) {
            asEditor().get("/api/v1/audit-events?resource=" + segment).then().body("items.action", equalTo(List.of("create")))
                    .body("items.resourceType", equalTo(List.of("segment"))).body("items[0].actor", equalTo("test-editor"));
        }
        List<String> credits = new java.util.ArrayList<>(created.<String>getList("credits.id"));
        credits.addAll(created.<String>getList("segments[0].credits.id"));
        assertThat(credits).isNotEmpty();
        for (String credit : credits) {
            asEditor().get("/api/v1/audit-events?resource=" + credit).then().body("items.action", equalTo(List.of("create")))
                    .body("items.resourceType", equalTo(List.of("credit")));
        }

        var again = importNdjson(ndjson(COMPANY, PERSON, ANTHOLOGY, RELEASE));
        assertThat(again.statusCode()).isEqualTo(200);
        for (String type : List.of("companies", "people", "anthologies", "releases")) {
            assertThat(counts(again, type)).as(type).isEqualTo(Map.of("created", 0, "updated", 0, "unchanged", 1));
        }
        asEditor().get("/api/v1/audit-events?resource=" + anthologyId).then().body("items.action", equalTo(List.of("create")));
    }

    @Test
    void aChangedRecordIsUpdatedKeepingTheIdsOfWhatItStillLists() {
        String before = """
                {"type":"anthology","slug":"imp-upd","title":"Upd","kind":"film","segments":[\
                {"slug":"imp-upd-a","title":"A","credits":[{"person":"koji-morimoto","role":"director"}]},{"slug":"imp-upd-b","title":"B"}]}""";
        assertThat(importNdjson(ndjson(before)).statusCode()).isEqualTo(200);
        String segmentA = given().get("/api/v1/segments/imp-upd-a").then().extract().path("id");
        String etag = given().get("/api/v1/anthologies/imp-upd").then().extract().header("ETag");

        String after = before.replace("\"title\":\"Upd\"", "\"title\":\"Updated\"")
                .replace(",{\"slug\":\"imp-upd-b\",\"title\":\"B\"}", "");
        var report = importNdjson(ndjson(after));

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(counts(report, "anthologies")).isEqualTo(Map.of("created", 0, "updated", 1, "unchanged", 0));
        var anthology = given().queryParam("include", "segments,credits").get("/api/v1/anthologies/imp-upd").then().extract();
        assertThat(anthology.<String>path("title")).isEqualTo("Updated");
        assertThat(anthology.<List<String>>path("segments.slug")).containsExactly("imp-upd-a");
        assertThat(anthology.<String>path("segments[0].credits[0].person.slug")).isEqualTo("koji-morimoto");
        assertThat(given().get("/api/v1/anthologies/imp-upd").then().extract().header("ETag")).isNotEqualTo(etag);
        given().get("/api/v1/segments/imp-upd-a").then().body("id", equalTo(segmentA));
        given().get("/api/v1/segments/imp-upd-b").then().statusCode(404);
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndWritesNothing() {
        var report = importBody(ndjson("""
                {"type":"company","slug":"imp-dry","name":"Dry","kinds":["producer"]}""",
                "{\"type\":\"company\",\"slug\":\"madhouse\",\"name\":\"Madhouse\",\"nameNative\":\"マッドハウス\",\"kinds\":[\"animation_studio\"],\"country\":\"JP\"}"),
                "application/x-ndjson", "?dryRun=true");

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.<Boolean>path("dryRun")).isTrue();
        assertThat(counts(report, "companies")).isEqualTo(Map.of("created", 1, "updated", 0, "unchanged", 1));
        given().get("/api/v1/companies/imp-dry").then().statusCode(404);
    }

    @Test
    void everyProblemIsListedByLineAndNothingIsWritten() {
        var refused = importNdjson(ndjson(
                "{\"type\":\"company\",\"slug\":\"imp-bad-ok\",\"name\":\"Fine\",\"kinds\":[\"producer\"]}",
                "{not json",
                "{\"type\":\"studio\",\"slug\":\"x\"}",
                "{\"type\":\"person\",\"slug\":\"imp-bad-p\",\"name\":\"X\",\"nickname\":\"Y\"}",
                "{\"type\":\"company\",\"slug\":\"Bad Slug\",\"name\":\"X\",\"kinds\":[\"producer\"]}",
                "{\"type\":\"company\",\"slug\":\"imp-bad-ok\",\"name\":\"Twice\",\"kinds\":[\"producer\"]}",
                "{\"type\":\"anthology\",\"slug\":\"imp-bad-a\",\"title\":\"A\",\"kind\":\"film\",\"credits\":[{\"person\":\"nobody-at-all\",\"role\":\"director\"}]}",
                "{\"type\":\"anthology\",\"slug\":\"imp-bad-b\",\"title\":\"B\",\"kind\":\"film\",\"credits\":[{\"person\":\"imp-bad-later\",\"role\":\"director\"}]}",
                "{\"type\":\"person\",\"slug\":\"imp-bad-later\",\"name\":\"Later\"}",
                "{\"type\":\"anthology\",\"slug\":\"imp-bad-c\",\"title\":\"C\",\"kind\":\"film\",\"segments\":[{\"slug\":\"magnetic-rose\",\"title\":\"Mine\"}]}")
                + "{\"type\":\"company\",\"slug\":\"imp-bad-truncated\",\"na");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.<String>path("type")).isEqualTo("/problems/invalid-import");
        assertThat(refused.<String>path("detail")).isEqualTo("9 problems in the file; nothing was written.");
        assertThat(refused.<List<Integer>>path("errors.line")).containsExactly(2, 3, 4, 5, 6, 7, 8, 10, 11);
        assertThat(refused.<List<String>>path("errors.pointer"))
                .containsExactly("", "/type", "/nickname", "/slug", "/slug", "/credits/0/person", "/credits/0/person",
                        "/segments/0/slug", "");
        assertThat(refused.<String>path("errors[1].detail")).isEqualTo("is missing or not a known type");
        assertThat(refused.<String>path("errors[4].detail")).isEqualTo("line 1 already has a company with this slug");
        assertThat(refused.<String>path("errors[5].detail"))
                .isEqualTo("no person has the id or slug 'nobody-at-all'");
        assertThat(refused.<String>path("errors[6].detail"))
                .isEqualTo("names the person on line 9; a record must come after the records it refers to");
        assertThat(refused.<String>path("errors[7].detail")).isEqualTo("a segment of another anthology ('memories') has this slug");
        assertThat(refused.<String>path("errors[8].detail")).isEqualTo("is not valid JSON");
        given().get("/api/v1/companies/imp-bad-ok").then().statusCode(404);
        given().get("/api/v1/people/imp-bad-later").then().statusCode(404);
    }

    @Test
    void aLargeFileWhoseLastRecordFailsWritesNothing() {
        String companies = IntStream.range(0, 3000)
                .mapToObj(i -> "{\"type\":\"company\",\"slug\":\"imp-many-" + i + "\",\"name\":\"Many " + i + "\",\"kinds\":[\"producer\"]}")
                .collect(Collectors.joining("\n"));
        var refused = importNdjson(companies + "\n{\"type\":\"company\",\"slug\":\"imp-many-last\",\"name\":\"Last\",\"kinds\":[\"studio\"]}\n");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.<List<Integer>>path("errors.line")).containsExactly(3001);
        assertThat(refused.<List<String>>path("errors.pointer")).containsExactly("/kinds/0");
        given().get("/api/v1/companies/imp-many-0").then().statusCode(404);
        given().get("/api/v1/companies/imp-many-2999").then().statusCode(404);
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsAreRead() {
        var report = importNdjson("\uFEFF{\"type\":\"company\",\"slug\":\"imp-crlf-1\",\"name\":\"One\",\"kinds\":[\"producer\"]}\r\n"
                + "{\"type\":\"company\",\"slug\":\"imp-crlf-2\",\"name\":\"Two\",\"kinds\":[\"producer\"]}\r\n");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(counts(report, "companies")).containsEntry("created", 2);
        given().get("/api/v1/companies/imp-crlf-2").then().statusCode(200).body("name", equalTo("Two"));
    }

    /** Scripts written against other databases write nulls; the spec says every optional member may be null. */
    @Test
    void aNullMemberIsReadAsLeftOut() {
        String withNulls = """
                {"type":"company","slug":"null-studio","name":"Null Studio","nameNative":null,"alternateNames":null,\
                "kinds":["animation_studio"],"country":null,"websiteUrl":null}
                {"type":"anthology","slug":"null-anthology","title":"Null Anthology","kind":"film","releaseYear":null,\
                "externalIds":null,"companies":[{"company":"null-studio","role":"animation_studio","note":null}],\
                "credits":null,"segments":[{"slug":"null-segment","title":"Only","studio":null,"credits":null}]}
                {"type":"release","slug":"null-release","anthology":"null-anthology","format":"dvd","anamorphic":null,\
                "audioTracks":null,"printStatus":null,"segments":null}
                """;
        var imported = importNdjson(withNulls);
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.<Integer>path("releases.created")).isEqualTo(1);
        String exported = given().queryParam("anthology", "null-anthology").get("/api/v1/export").then().statusCode(200)
                .extract().asString();
        assertThat(exported).doesNotContain(":null").contains("\"segments\":[{\"slug\":\"null-segment\",\"title\":\"Only\"}]");
        given().get("/api/v1/releases/null-release").then().statusCode(200).body("printStatus", equalTo(null));
    }

    @Test
    void anEmptyFileIsRefused() {
        var refused = importNdjson("");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.<List<Integer>>path("errors.line")).containsExactly(1);
        assertThat(refused.<String>path("errors[0].detail")).isEqualTo("the file holds no records");
    }

    @Test
    void importsNeedAnEditorTheRightMediaTypeAndAKnownDryRun() {
        given().contentType("application/x-ndjson").body(COMPANY.getBytes(StandardCharsets.UTF_8)).post("/api/v1/import").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("reader", Set.of("reader"))).contentType("application/x-ndjson").body(COMPANY.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import").then().statusCode(403).contentType("application/problem+json");
        asEditor().contentType("application/json").body(COMPANY.getBytes(StandardCharsets.UTF_8)).post("/api/v1/import").then().statusCode(415)
                .contentType("application/problem+json");
        asEditor().contentType("application/x-ndjson").body(COMPANY.getBytes(StandardCharsets.UTF_8)).post("/api/v1/import?dryRun=maybe").then().statusCode(400)
                .body("errors[0].parameter", equalTo("dryRun"));
        given().get("/api/v1/companies/imp-studio-never").then().statusCode(404);
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        int port = io.restassured.RestAssured.port;
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/import HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TestTokens.editor()
                    + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: 2147483648\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            assertThat(in.readLine()).startsWith("HTTP/1.1 413");
            String headers = in.lines().takeWhile(line -> !line.isEmpty()).collect(Collectors.joining("\n")).toLowerCase();
            assertThat(headers).as("a problem, not the HTTP layer's bare refusal").contains("content-type: application/problem+json");
        }
    }

    @Test
    void aClientThatStopsSendingMidBodyWritesNothingAndLeavesImportsFree() throws Exception {
        byte[] start = IntStream.range(0, 2000)
                .mapToObj(i -> "{\"type\":\"company\",\"slug\":\"imp-cut-" + i + "\",\"name\":\"Cut " + i + "\",\"kinds\":[\"producer\"]}\n")
                .collect(Collectors.joining()).getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", io.restassured.RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/import HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TestTokens.editor()
                    + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: " + start.length * 10 + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(start);
            out.flush();
        }

        // the service may take a moment to notice; until then the import slot is taken and a second import is a 503
        ExtractableResponse<Response> next = null;
        for (int attempt = 0; attempt < 50 && (next == null || next.statusCode() == 503); attempt++) {
            if (next != null) {
                Thread.sleep(200);
            }
            next = importNdjson(ndjson("{\"type\":\"company\",\"slug\":\"imp-after-cut\",\"name\":\"After\",\"kinds\":[\"producer\"]}"));
        }
        assertThat(next.statusCode()).isEqualTo(200);
        given().get("/api/v1/companies/imp-cut-0").then().statusCode(404);
        given().get("/api/v1/companies/imp-cut-1999").then().statusCode(404);
    }

    @Test
    void releasesComeFromCsvWithQuotesCommasLineBreaksAndJapanese() {
        String csv = "\uFEFFslug,anthology,format,country,regionCodes,edition,releaseDate,audioTracks,subtitleLanguages,segments,notes\r\n"
                + "imp-csv-dvd,memories,dvd,JP,2,\"限定版, 2 discs\",2004-02-24,ja:Dolby Digital:5.1|en::2.0,ja|en,magnetic-rose|stink-bomb,"
                + "\"Says \"\"hello\"\",\nover two lines\"\r\n"
                + "imp-csv-bd,memories,blu_ray,,,,,,,,\r\n";
        var report = importBody(csv, "text/csv", "");

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(counts(report, "releases")).isEqualTo(Map.of("created", 2, "updated", 0, "unchanged", 0));
        given().get("/api/v1/releases/imp-csv-dvd").then().statusCode(200)
                .body("edition", equalTo("限定版, 2 discs"))
                .body("regionCodes", equalTo(List.of("2")))
                .body("releaseYear", equalTo(2004))
                .body("audioTracks.codec", equalTo(java.util.Arrays.asList("Dolby Digital", null)))
                .body("audioTracks.channels", equalTo(List.of("5.1", "2.0")))
                .body("subtitleLanguages", equalTo(List.of("ja", "en")))
                .body("segments.slug", equalTo(List.of("magnetic-rose", "stink-bomb")))
                .body("notes", equalTo("Says \"hello\",\nover two lines"));
        assertThat(counts(importBody(csv, "text/csv", ""), "releases")).containsEntry("unchanged", 2);
    }

    @Test
    void aCsvRowWithAFieldTooManyOrTooFewIsRefusedAtItsLine() {
        var refused = importBody("slug,anthology,format\nimp-csv-extra,memories,dvd,surplus\nimp-csv-short,memories\n"
                + "imp-csv-fine,memories,vhs\n", "text/csv", "");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.<List<Integer>>path("errors.line")).containsExactly(2, 3);
        assertThat(refused.<String>path("errors[0].detail")).isEqualTo("has 4 fields where the header has 3");
        given().get("/api/v1/releases/imp-csv-fine").then().statusCode(404);

        var unknown = importBody("slug,anthology,format,colour\nimp-csv-x,memories,dvd,red\n", "text/csv", "");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.<List<Integer>>path("errors.line")).containsExactly(1);

        var badValue = importBody("slug,anthology,format,releaseYear\nimp-csv-y,memories,dvd,nineteen\n", "text/csv", "");
        assertThat(badValue.<List<String>>path("errors.pointer")).containsExactly("/releaseYear");
        assertThat(badValue.<List<Integer>>path("errors.line")).containsExactly(2);
    }

    @Test
    void aRuleOnlyTheDatabaseKnowsIsReportedAtItsLine() {
        var refused = importNdjson(ndjson(
                "{\"type\":\"person\",\"slug\":\"imp-ext-ok\",\"name\":\"Fine\"}",
                "{\"type\":\"person\",\"slug\":\"imp-ext-taken\",\"name\":\"Taken\",\"externalIds\":{\"aniList\":96872}}"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.<List<Integer>>path("errors.line")).containsExactly(2);
        assertThat(refused.<List<String>>path("errors.pointer")).containsExactly("/externalIds/aniList");
        assertThat(refused.<String>path("errors[0].detail")).isEqualTo("another record in the catalogue has this id");
        given().get("/api/v1/people/imp-ext-ok").then().statusCode(404);
    }

    @Test
    void aChangeOnlyInWhatARecordHoldsStillGivesItANewVersion() {
        String release = """
                {"type":"release","slug":"imp-tracks","anthology":"memories","format":"dvd","audioTracks":[{"language":"ja"}]}""";
        assertThat(importNdjson(ndjson(release)).statusCode()).isEqualTo(200);
        var before = given().get("/api/v1/releases/imp-tracks").then().extract();

        var report = importNdjson(ndjson(release.replace("[{\"language\":\"ja\"}]", "[{\"language\":\"ja\"},{\"language\":\"en\"}]")));

        assertThat(counts(report, "releases")).isEqualTo(Map.of("created", 0, "updated", 1, "unchanged", 0));
        var after = given().get("/api/v1/releases/imp-tracks").then().extract();
        assertThat(after.<List<String>>path("audioTracks.language")).containsExactly("ja", "en");
        assertThat(after.header("ETag")).as("a client revalidating its copy must see the change").isNotEqualTo(before.header("ETag"));
        assertThat(after.<String>path("updatedAt")).isNotEqualTo(before.<String>path("updatedAt"));
    }
}
