package io.animecatalogue.exchange;

import io.agroal.api.AgroalDataSource;
import io.animecatalogue.database.EmptyCatalogue;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static io.animecatalogue.exchange.ImportTest.importBody;
import static io.animecatalogue.exchange.ImportTest.importNdjson;
import static io.animecatalogue.exchange.ImportTest.ndjson;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/**
 * An import into an empty catalogue loads its tables without their indexes and constraints and builds them after:
 * whatever happens, the schema it leaves is the one it found.
 */
@QuarkusTest
@TestProfile(RestoreTest.EmptyDatabase.class)
class RestoreTest {

    public static class EmptyDatabase extends EmptyCatalogue {
    }

    /** The catalogue's indexes, constraints and triggers, each by its full definition and, for triggers, its state. */
    private static final String SCHEMA = """
            select 'index ' || pg_get_indexdef(indexrelid) from pg_index where indrelid::regclass::text = any(?)
            union all
            select 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
              from pg_constraint where conrelid::regclass::text = any(?)
            union all
            select 'trigger ' || tgrelid::regclass || ' ' || tgname || ' ' || tgenabled::text
              from pg_trigger where not tgisinternal and tgrelid::regclass::text = any(?)
            order by 1""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SyntheticCatalogueLoader generator;

    private List<String> schemaBefore;

    @BeforeEach
    void noteTheSchema() throws SQLException {
        schemaBefore = schema();
        assertThat(schemaBefore).as("the schema as migrated").hasSizeGreaterThan(50)
                .anyMatch(line -> line.startsWith("index CREATE INDEX credit_"))
                .anyMatch(line -> line.contains("FOREIGN KEY"))
                .anyMatch(line -> line.startsWith("trigger anthology"));
    }

    @AfterEach
    void emptyTheCatalogue() throws SQLException {
        assertThat(schema()).as("the schema the import found").isEqualTo(schemaBefore);
        execute("truncate " + String.join(", ", Restore.TABLES) + ", audit_event");
    }

    @Test
    void theSeedLoadsIntoAnEmptyCatalogueWithItsSchemaAndStatisticsInPlace() throws IOException, SQLException {
        var report = importBody(seed(), "application/x-ndjson", "");

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.<Integer>path("anthologies.created")).isEqualTo(4);
        // autovacuum would not analyze four rows; the restore does, so the first reads are planned on real numbers
        assertThat(count("select count(*) from pg_stats where schemaname = 'public' and tablename = 'anthology' "
                + "and attname = 'slug' and 'memories' = any(histogram_bounds::text::text[])")).isOne();
        assertThat(count("select count(*) from search_entry")).as("search forms, written by the tables' triggers").isPositive();
        given().queryParam("q", "magnetic rose").get("/api/v1/search").then().statusCode(200)
                .body("items[0].slug", equalTo("magnetic-rose"));
        // the rebuilt keys hold the restored rows
        assertThatThrownBy(() -> execute("delete from company where slug = 'madhouse'"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).as("a foreign key").isEqualTo("23503"));
        assertThatThrownBy(() -> execute("update person set slug = 'satoshi-kon' where slug = 'katsuhiro-otomo'"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).as("a unique key").isEqualTo("23505"));
        assertThat(importBody(seed(), "application/x-ndjson", "").<Integer>path("anthologies.unchanged")).isEqualTo(4);
    }

    @Test
    void aRestoreWhoseLastRecordFailsLeavesTheCatalogueEmptyAndItsSchemaWhole() throws SQLException {
        String file = generatedCatalogue(200);
        var refused = importNdjson(file + "{\"type\":\"anthology\",\"slug\":\"last\",\"title\":\"Last\",\"kind\":\"film\","
                + "\"credits\":[{\"person\":\"nobody-at-all\",\"role\":\"director\"}]}\n");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.<List<Integer>>path("errors.line")).containsExactly((int) file.lines().count() + 1);
        assertThat(refused.<List<String>>path("errors.pointer")).containsExactly("/credits/0/person");
        for (String table : Restore.TABLES) {
            assertThat(count("select count(*) from " + table)).as(table).isZero();
        }
    }

    @Test
    void textWithCopysSpecialCharactersBeforeAndAfterJapaneseIsRestoredAsSent() throws SQLException {
        // COPY's text format escapes backslash, tab, newline and carriage return; past the first character beyond
        // ASCII the restore escapes the UTF-8 bytes instead of the characters, so both sides are sent here
        // the synopsis as JSON spells it: One<tab>tab, a back\slash<CR><LF>and a line; 大友克洋<tab>\N<LF>not null
        String synopsis = "One\\ttab, a back\\\\slash\\r\\nand a line; 大友克洋\\t\\\\N\\nnot null";
        var report = importNdjson("{\"type\":\"anthology\",\"slug\":\"escapes\",\"title\":\"Escapes\",\"kind\":\"film\","
                + "\"synopsis\":\"" + synopsis + "\",\"alternateTitles\":[\"記憶\\tMemories\",\"a\\\\b\"]}\n");

        assertThat(report.statusCode()).isEqualTo(200);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select synopsis, alternate_titles from anthology where slug = 'escapes'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("One\ttab, a back\\slash\r\nand a line; 大友克洋\t\\N\nnot null");
            assertThat((String[]) row.getArray(2).getArray()).containsExactly("記憶\tMemories", "a\\b");
        }
    }

    @Test
    void aDryRunIntoAnEmptyCatalogueReportsAndWritesNothing() throws IOException, SQLException {
        var report = importBody(seed(), "application/x-ndjson", "?dryRun=true");

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.<Integer>path("anthologies.created")).isEqualTo(4);
        assertThat(count("select count(*) from anthology")).isZero();
    }

    @Test
    void twoRecordsOfOneTypeCannotShareAnExternalId() throws SQLException {
        var refused = importNdjson(ndjson(
                "{\"type\":\"person\",\"slug\":\"first\",\"name\":\"First\",\"externalIds\":{\"aniList\":7,\"wikidata\":\"Q1\"}}",
                "{\"type\":\"person\",\"slug\":\"second\",\"name\":\"Second\",\"externalIds\":{\"aniList\":8,\"wikidata\":\"Q1\"}}",
                "{\"type\":\"anthology\",\"slug\":\"third\",\"title\":\"Third\",\"kind\":\"film\",\"externalIds\":{\"aniList\":7}}",
                "{\"type\":\"anthology\",\"slug\":\"fourth\",\"title\":\"Fourth\",\"kind\":\"film\",\"externalIds\":{\"aniList\":7}}"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.<List<Integer>>path("errors.line")).as("a person and an anthology may share one").containsExactly(2, 4);
        assertThat(refused.<List<String>>path("errors.pointer")).containsExactly("/externalIds/wikidata", "/externalIds/aniList");
        assertThat(refused.<List<String>>path("errors.detail")).containsExactly("line 1 already has this id", "line 3 already has this id");
        assertThat(count("select count(*) from person")).isZero();
    }

    @Test
    void anImportWhileARestoreHoldsItsLockUpsertsInstead() throws IOException, SQLException {
        String files = "select relfilenode from pg_class where oid = 'anthology'::regclass";
        long before = count(files);
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
            other.setAutoCommit(false);
            statement.execute("select pg_advisory_xact_lock(" + Restore.ADVISORY_LOCK + ")");

            var report = importBody(seed(), "application/x-ndjson", "");

            assertThat(report.statusCode()).isEqualTo(200);
            assertThat(report.<Integer>path("anthologies.created")).isEqualTo(4);
            other.rollback();
        }
        given().queryParam("include", "segments").get("/api/v1/anthologies/memories").then().statusCode(200)
                .body("segments.slug", equalTo(List.of("magnetic-rose", "stink-bomb", "cannon-fodder")));
        assertThat(count(files)).as("the table the upserts wrote to, not one a restore made anew").isEqualTo(before);
    }

    /** A generated catalogue's export, leaving the catalogue empty again. */
    private String generatedCatalogue(int anthologies) throws SQLException {
        generator.load(anthologies);
        String file = given().get("/api/v1/export").then().statusCode(200).extract().asString();
        execute("truncate " + String.join(", ", Restore.TABLES));
        return file;
    }

    private static String seed() throws IOException {
        try (InputStream seed = RestoreTest.class.getClassLoader().getResourceAsStream(CatalogueSeeder.SEED)) {
            return new String(seed.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<String> schema() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement(SCHEMA)) {
            var tables = connection.createArrayOf("text", Restore.TABLES.toArray());
            for (int i = 1; i <= 3; i++) {
                statement.setArray(i, tables);
            }
            List<String> lines = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    lines.add(row.getString(1));
                }
            }
            return lines;
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
