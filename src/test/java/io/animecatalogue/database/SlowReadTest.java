package io.animecatalogue.database;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static io.animecatalogue.auth.TestTokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * A read stuck longer than its statement timeout is cancelled and answered with a 503, not left to hang; an import,
 * whose statements are long by nature, is bounded by its own limit instead.
 */
@QuarkusTest
@TestProfile(SlowReadTest.ShortTimeout.class)
class SlowReadTest {

    public static class ShortTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("catalogue.read-statement-timeout", "1S");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FreshDatabase.class));
        }
    }

    @Test
    void anImportWaitsPastTheReadTimeout() throws Exception {
        try (Connection blocker = connect()) {
            blocker.setAutoCommit(false);
            try (Statement statement = blocker.createStatement()) {
                // reads of the table go on; rows cannot be added until the blocker lets go, 2.5 s from now
                statement.execute("lock table person in exclusive mode");
            }
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(2_500);
                    blocker.rollback();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            release.start();
            asEditor().contentType("application/x-ndjson")
                    .body("{\"type\":\"person\",\"slug\":\"patient-importer\",\"name\":\"Patient Importer\"}\n".getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/import").then().statusCode(200)
                    .body("people.created", equalTo(1));
            release.join();
        }
        given().get("/api/v1/people/patient-importer").then().statusCode(200);
    }

    @Test
    void aReadPastItsTimeoutIs503WithRetryAfterAndTheNextOneIsServed() throws Exception {
        try (Connection blocker = connect()) {
            blocker.setAutoCommit(false);
            try (Statement statement = blocker.createStatement()) {
                // a maintenance job holding the table: every read of it waits
                statement.execute("lock table anthology in access exclusive mode");
            }
            // without the timeout this request would wait for the lock; the client gives up after 20 s and the test fails
            given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                            .setParam("http.socket.timeout", 20_000)))
                    .get("/api/v1/anthologies/memories").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("type", equalTo("/problems/service-unavailable"));
            blocker.rollback();
        }
        given().get("/api/v1/anthologies/memories").then().statusCode(200);
    }

    private static Connection connect() throws Exception {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null));
    }
}
