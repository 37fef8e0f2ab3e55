package io.animecatalogue.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import static io.animecatalogue.auth.TestTokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Two writers that each hold what the other needs: PostgreSQL stops one of them. When that one is a request, its
 * client is told to send it again (503 with Retry-After), not that the service broke (500), and nothing was written.
 */
@QuarkusTest
class DeadlockTest {

    private static final String SLUG = "deadlock-test-person";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRequestStoppedByADeadlockIs503WithRetryAfterAndWritesNothing() throws Exception {
        asEditor().contentType("application/json").body("{\"slug\": \"" + SLUG + "\", \"name\": \"Deadlock Before\"}")
                .post("/api/v1/people").then().statusCode(201);
        String tag = given().get("/api/v1/people/" + SLUG).then().statusCode(200).extract().header("ETag");

        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            // the other writer first holds the person's search entries, which the rename's trigger must replace
            try (PreparedStatement lock = other.prepareStatement(
                    "select form from search_entry where kind = 'person' and slug = ? for update")) {
                lock.setString(1, SLUG);
                lock.executeQuery().close();
            }
            CompletableFuture<Response> rename = CompletableFuture.supplyAsync(() -> asEditor()
                    .contentType("application/merge-patch+json").header("If-Match", tag)
                    .body("{\"name\": \"Deadlock After\"}").patch("/api/v1/people/" + SLUG));
            awaitALockWait(other);
            // ...and now wants the person row the rename holds: a cycle, which the rename, waiting longer, detects first
            try (PreparedStatement update = other.prepareStatement("update person set biography = 'x' where slug = ?")) {
                update.setString(1, SLUG);
                update.executeUpdate();
            }
            other.rollback();

            rename.get().then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("type", equalTo("/problems/service-unavailable"))
                    .body("detail", equalTo("Another change to the same records was being written at the same moment, "
                            + "and the database stopped this one to let the other through; nothing was written. "
                            + "Send the request again."));
        }

        given().get("/api/v1/people/" + SLUG).then().statusCode(200).header("ETag", tag).body("name", equalTo("Deadlock Before"));
        given().queryParam("q", "deadlock before").get("/api/v1/search").then().statusCode(200)
                .body("items[0].slug", equalTo(SLUG));
        // the same request, sent again, goes through
        String renamed = asEditor().contentType("application/merge-patch+json").header("If-Match", tag)
                .body("{\"name\": \"Deadlock After\"}").patch("/api/v1/people/" + SLUG).then().statusCode(200)
                .body("name", equalTo("Deadlock After")).extract().header("ETag");
        // other tests here read the seed catalogue's people as they are
        asEditor().header("If-Match", renamed).delete("/api/v1/people/" + SLUG).then().statusCode(204);
    }

    private static void awaitALockWait(Connection connection) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        try (Statement statement = connection.createStatement()) {
            while (Instant.now().isBefore(deadline)) {
                // pg_locks is read afresh on every call, even inside a transaction
                try (ResultSet waiting = statement.executeQuery("select count(*) from pg_locks where not granted")) {
                    waiting.next();
                    if (waiting.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the rename never waited for the search entries");
    }
}
