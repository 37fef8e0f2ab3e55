package io.animecatalogue.database;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.animecatalogue.auth.TestTokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The database goes away and comes back: the service says so clearly meanwhile, and recovers by itself. */
@QuarkusTest
@TestProfile(DatabaseFaultTest.OwnServer.class)
class DatabaseFaultTest {

    public static class OwnServer implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RestartableDatabase.class));
        }
    }

    @Test
    void anOutageIsA503WithRetryAfterAndServiceResumesWithoutLosingCommittedWrites() {
        asEditor().contentType("application/json").body("{\"slug\": \"fault-test-studio\", \"name\": \"Before\", \"kinds\": [\"producer\"]}")
                .post("/api/v1/companies").then().statusCode(201);
        given().get("/q/health/ready").then().statusCode(200);

        RestartableDatabase.stopServer();
        try {
            given().get("/api/v1/companies/fault-test-studio").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("type", equalTo("/problems/service-unavailable"));
            asEditor().contentType("application/json").body("{\"slug\": \"fault-test-lost\", \"name\": \"During\", \"kinds\": [\"producer\"]}")
                    .post("/api/v1/companies").then().statusCode(503);
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            RestartableDatabase.startServer();
        }

        // the pool finds out by itself that its old connections are dead; no restart of the service
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int status;
        do {
            status = given().get("/api/v1/companies/fault-test-studio").then().extract().statusCode();
        } while (status != 200 && Instant.now().isBefore(deadline));
        assertThat(status).as("the service answers again once the database is back").isEqualTo(200);
        given().get("/api/v1/companies/fault-test-studio").then().body("name", equalTo("Before"));
        given().get("/api/v1/companies/fault-test-lost").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
