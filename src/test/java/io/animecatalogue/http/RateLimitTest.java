package io.animecatalogue.http;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import io.animecatalogue.database.FreshDatabase;

import java.util.List;
import java.util.Map;

import static io.animecatalogue.auth.TestTokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A client over its limit of searches or writes gets a 429 problem saying when to retry; other reads are not limited. */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("catalogue.rate-limit.searches-per-minute", "5", "catalogue.rate-limit.writes-per-minute", "3");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FreshDatabase.class));
        }
    }

    @Test
    void searchesPastTheLimitAre429WithRetryAfterWhileOtherReadsPass() {
        for (int i = 0; i < 5; i++) {
            given().get("/api/v1/search?q=otomo").then().statusCode(200);
        }
        var refused = given().get("/api/v1/search?q=otomo").then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/too-many-requests")).extract();
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 12);
        for (int i = 0; i < 10; i++) {
            given().get("/api/v1/anthologies/memories").then().statusCode(200);
        }
    }

    @Test
    void writesPastTheLimitAre429AndNothingIsWritten() {
        for (int i = 0; i < 3; i++) {
            asEditor().contentType("application/json").body("{\"slug\": \"rate-" + i + "\", \"name\": \"Rate " + i + "\", \"kinds\": [\"producer\"]}")
                    .post("/api/v1/companies").then().statusCode(201);
        }
        asEditor().contentType("application/json").body("{\"slug\": \"rate-over\", \"name\": \"Over\", \"kinds\": [\"producer\"]}")
                .post("/api/v1/companies").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        given().get("/api/v1/companies/rate-over").then().statusCode(404);
    }
}
