package io.animecatalogue.database;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** A read stuck longer than its statement timeout is cancelled and answered with a 503, not left to hang. */
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
    void aReadPastItsTimeoutIs503WithRetryAfterAndTheNextOneIsServed() throws Exception {
        var config = ConfigProvider.getConfig();
        try (Connection blocker = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null))) {
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
}
