package io.animecatalogue.database;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.animecatalogue.auth.TestTokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * One instance over a primary and its hot standby (HotStandby): reads are answered from the standby, writes reach the
 * primary through the same instance, and a write shows through the standby once it has been replayed there.
 */
@QuarkusTest
@TestProfile(StandbyReadsTest.PrimaryAndStandby.class)
class StandbyReadsTest {

    public static class PrimaryAndStandby implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(HotStandby.class));
        }
    }

    @Test
    void readsComeFromTheStandbyWritesGoToThePrimaryAndShowThroughTheStandby() throws SQLException {
        caughtUp();
        given().get("/api/v1/anthologies/memories").then().statusCode(200).body("title", equalTo("Memories"));
        given().get("/api/v1/anthologies?include=segments,credits").then().statusCode(200);
        given().get("/api/v1/people/satoshi-kon").then().statusCode(200);
        assertThat(readConnections(HotStandby.standbyUrl())).as("read connections on the standby").isPositive();
        assertThat(readConnections(HotStandby.primaryUrl())).as("read connections on the primary").isZero();

        asEditor().contentType("application/json").body("{\"slug\": \"standby-probe\", \"name\": \"Standby Probe\"}")
                .post("/api/v1/people").then().statusCode(201).body("name", equalTo("Standby Probe"));
        assertThat(namesOf("standby-probe", HotStandby.primaryUrl())).containsExactly("Standby Probe");

        Instant written = Instant.now();
        Instant deadline = written.plus(Duration.ofSeconds(30));
        int status;
        do {
            status = given().get("/api/v1/people/standby-probe").then().extract().statusCode();
        } while (status != 200 && Instant.now().isBefore(deadline));
        assertThat(status).as("the write shows through the standby").isEqualTo(200);
        System.out.printf("standby: a write showed through the standby %d ms after its response%n",
                Duration.between(written, Instant.now()).toMillis());
        assertThat(namesOf("standby-probe", HotStandby.standbyUrl())).containsExactly("Standby Probe");

        // a change made through the instance, checked against the primary's version, then read through the standby
        String tag = given().get("/api/v1/people/standby-probe").then().statusCode(200).extract().header("ETag");
        asEditor().contentType("application/merge-patch+json").header("If-Match", tag).body("{\"name\": \"Standby Probe, renamed\"}")
                .patch("/api/v1/people/standby-probe").then().statusCode(200);
        deadline = Instant.now().plus(Duration.ofSeconds(30));
        String name;
        do {
            name = given().get("/api/v1/people/standby-probe").then().statusCode(200).extract().path("name");
        } while (!name.equals("Standby Probe, renamed") && Instant.now().isBefore(deadline));
        assertThat(name).isEqualTo("Standby Probe, renamed");
    }

    /** Waits until the standby has replayed everything the primary wrote so far (the migrations and the seed). */
    private static void caughtUp() throws SQLException {
        String target;
        try (Connection primary = DriverManager.getConnection(HotStandby.primaryUrl());
             ResultSet row = primary.createStatement().executeQuery("select pg_current_wal_lsn()::text")) {
            row.next();
            target = row.getString(1);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        try (Connection standby = DriverManager.getConnection(HotStandby.standbyUrl());
             PreparedStatement replayed = standby.prepareStatement("select pg_last_wal_replay_lsn() >= ?::pg_lsn")) {
            replayed.setString(1, target);
            while (true) {
                try (ResultSet row = replayed.executeQuery()) {
                    row.next();
                    if (row.getBoolean(1)) {
                        return;
                    }
                }
                assertThat(Instant.now()).as("the standby replays the primary's WAL").isBefore(deadline);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** The service's read connections the server has, by the name the reads pool gives them. */
    private static int readConnections(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             ResultSet row = connection.createStatement().executeQuery(
                     "select count(*) from pg_stat_activity where application_name = 'anime-catalogue-reads'")) {
            row.next();
            return row.getInt(1);
        }
    }

    private static List<String> namesOf(String slug, String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement statement = connection.prepareStatement("select name from person where slug = ?")) {
            statement.setString(1, slug);
            try (ResultSet rows = statement.executeQuery()) {
                List<String> names = new java.util.ArrayList<>();
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
                return names;
            }
        }
    }
}
