package io.animecatalogue.search;

import io.animecatalogue.database.SeededCatalogue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.animecatalogue.auth.TestTokens.asAdmin;
import static io.animecatalogue.auth.TestTokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search reads the entries the database keeps beside the catalogue's tables (migration V7): every write, through the
 * API or an import, is searchable at once, and what is renamed or deleted stops answering.
 */
@QuarkusTest
@TestProfile(SearchFollowsWritesTest.OwnDatabase.class)
class SearchFollowsWritesTest {

    /** Its writes would show in other classes' lists and searches. */
    public static class OwnDatabase extends SeededCatalogue {
    }

    @Inject
    EntityManager entityManager;

    @Test
    void anAnthologyAndItsSegmentsAreFoundFromTheirCreationToTheirDeletion() {
        asEditor().contentType("application/json").body("""
                {"slug": "quokka-parade", "title": "Quokka Parade", "titleNative": "クオッカ行進", "kind": "ova",
                 "segments": [{"slug": "quokka-dawn", "title": "Wombat Dawn", "alternateTitles": ["Numbat Morning"]}]}""")
                .post("/api/v1/anthologies").then().statusCode(201);
        assertThat(first("quokka parade")).containsExactly("anthology", "quokka-parade", "1.0");
        assertThat(first("クオッカ行進")).containsExactly("anthology", "quokka-parade", "1.0");
        assertThat(first("numbat morning")).containsExactly("segment", "quokka-dawn", "1.0");
        assertThat(search("numbat morning").getString("items[0].context")).isEqualTo("Quokka Parade");

        // a new title answers and the old one no longer does; the segment shows its anthology's new title
        String tag = given().get("/api/v1/anthologies/quokka-parade").then().extract().header("ETag");
        asEditor().contentType("application/merge-patch+json").header("If-Match", tag)
                .body("{\"title\": \"Platypus Parade\", \"slug\": \"platypus-parade\"}")
                .patch("/api/v1/anthologies/quokka-parade").then().statusCode(200);
        assertThat(first("platypus parade")).containsExactly("anthology", "platypus-parade", "1.0");
        assertThat(search("quokka parade").getList("items.slug")).doesNotContain("quokka-parade", "platypus-parade");
        assertThat(search("numbat morning").getString("items[0].context")).isEqualTo("Platypus Parade");

        String segmentTag = given().get("/api/v1/segments/quokka-dawn").then().extract().header("ETag");
        asEditor().contentType("application/merge-patch+json").header("If-Match", segmentTag)
                .body("{\"alternateTitles\": []}").patch("/api/v1/segments/quokka-dawn").then().statusCode(200);
        assertThat(search("numbat morning").getList("items.slug")).doesNotContain("quokka-dawn");
        assertThat(first("wombat dawn")).containsExactly("segment", "quokka-dawn", "1.0");

        String id = given().get("/api/v1/anthologies/platypus-parade").then().extract().path("id");
        tag = given().get("/api/v1/anthologies/platypus-parade").then().extract().header("ETag");
        asAdmin().header("If-Match", tag).delete("/api/v1/anthologies/platypus-parade").then().statusCode(204);
        assertThat(search("platypus parade").getList("items.slug")).doesNotContain("platypus-parade");
        // the segments went with their anthology, and so did their entries
        assertThat(search("wombat dawn").getList("items.slug")).doesNotContain("quokka-dawn");
        assertThat(entries("select count(*) from search_entry where slug in ('platypus-parade', 'quokka-dawn')")).isZero();
        assertThat(entries("select count(*) from search_entry e where not exists (select from anthology a where a.id = e.entity_id) "
                + "and e.kind = 'anthology'")).isZero();
    }

    @Test
    void peopleAndCompaniesAreFoundByEveryNameUntilTheyAreDeleted() {
        asEditor().contentType("application/json").body("""
                {"slug": "ozymandias-quill", "name": "Ozymandias Quill", "nameNative": "クイル・オジマンディアス",
                 "alternateNames": ["O. Quill"]}""").post("/api/v1/people").then().statusCode(201);
        assertThat(first("ozymandias")).containsExactly("person", "ozymandias-quill", "0.894");
        assertThat(first("quill ozymandias")).element(1).isEqualTo("ozymandias-quill");
        assertThat(search("o quill").getString("items[0].matched")).isEqualTo("O. Quill");

        asEditor().contentType("application/json").body("""
                {"slug": "zephyrine-works", "name": "Zephyrine Works", "kinds": ["animation_studio"]}""")
                .post("/api/v1/companies").then().statusCode(201);
        assertThat(first("zephyrine")).element(1).isEqualTo("zephyrine-works");

        for (String path : List.of("/api/v1/people/ozymandias-quill", "/api/v1/companies/zephyrine-works")) {
            String tag = given().get(path).then().extract().header("ETag");
            asAdmin().header("If-Match", tag).delete(path).then().statusCode(204);
        }
        assertThat(search("ozymandias").getList("items")).isEmpty();
        assertThat(search("zephyrine").getList("items")).isEmpty();
        assertThat(entries("select count(*) from search_entry where slug in ('ozymandias-quill', 'zephyrine-works')")).isZero();
    }

    @Test
    void anImportedRecordIsFoundAndAnImportThatChangesNothingLeavesTheEntriesAlone() {
        String file = """
                {"type":"anthology","slug":"kinkajou-nights","title":"Kinkajou Nights","kind":"film","segments":[{"slug":"kinkajou-one","title":"Tapir Song"}]}
                """;
        asEditor().contentType("application/x-ndjson").body(file.getBytes(StandardCharsets.UTF_8)).post("/api/v1/import").then().statusCode(200);
        assertThat(first("kinkajou nights")).containsExactly("anthology", "kinkajou-nights", "1.0");
        assertThat(first("tapir song")).containsExactly("segment", "kinkajou-one", "1.0");
        long before = entries("select count(*) from search_entry where slug like 'kinkajou-%'");

        asEditor().contentType("application/x-ndjson").body(file.getBytes(StandardCharsets.UTF_8)).post("/api/v1/import").then().statusCode(200);
        assertThat(entries("select count(*) from search_entry where slug like 'kinkajou-%'")).isEqualTo(before).isEqualTo(2);

        asEditor().contentType("application/x-ndjson").body(file.replace("Tapir Song", "Tapir Hymn").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import").then().statusCode(200);
        assertThat(first("tapir hymn")).containsExactly("segment", "kinkajou-one", "1.0");
        // the old title is gone; the new one still answers it, as a near spelling
        assertThat(entries("select count(*) from search_entry where form = 'tapir song'")).isZero();
        assertThat(search("tapir song").getDouble("items[0].score")).isLessThan(0.45);

        String tag = given().get("/api/v1/anthologies/kinkajou-nights").then().extract().header("ETag");
        asAdmin().header("If-Match", tag).delete("/api/v1/anthologies/kinkajou-nights").then().statusCode(204);
    }

    @Test
    void amongMoreFormsThanOneStatementReadsTheShortestBeginningsComeFirst() {
        // Zebulon, then Zebulon T, Zebulon SS, ... Zebulon AAAAAAAAAAAAAAAAAAAA: in form order the longest comes first,
        // and every length is taken, so a read that stopped too early or went in form order would pick the wrong ones
        StringBuilder file = new StringBuilder("{\"type\":\"person\",\"slug\":\"zebulon\",\"name\":\"Zebulon\"}\n");
        for (int length = 1; length <= 20; length++) {
            String suffix = Character.toString('T' - length + 1).repeat(length);
            file.append("{\"type\":\"person\",\"slug\":\"zebulon-").append(suffix.toLowerCase())
                    .append("\",\"name\":\"Zebulon ").append(suffix).append("\"}\n");
        }
        asEditor().contentType("application/x-ndjson").body(file.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import").then().statusCode(200);

        JsonPath body = given().queryParam("q", "zebulon").queryParam("limit", "4").get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath();
        assertThat(body.getList("items.slug")).containsExactly("zebulon", "zebulon-t", "zebulon-ss", "zebulon-rrr");
        assertThat(body.getList("items.score", Double.class)).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        // one form longer than the query, and the rest of the twenty-one a page of fifty can hold
        assertThat(search("zebulon aaaa").getList("items.slug")).containsExactly("zebulon-aaaaaaaaaaaaaaaaaaaa");
        assertThat(given().queryParam("q", "zebulon").queryParam("limit", "50").get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath().getList("items")).hasSize(21);
    }

    private static JsonPath search(String query) {
        return given().queryParam("q", query).get("/api/v1/search").then().statusCode(200).extract().jsonPath();
    }

    /** The first hit's type, slug and score. */
    private static List<String> first(String query) {
        JsonPath body = search(query);
        return List.of(body.getString("items[0].type"), body.getString("items[0].slug"), body.getString("items[0].score"));
    }

    private long entries(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
