package io.animecatalogue.shared;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What an operator scrapes: latency histograms per endpoint, and the connection pool. */
@QuarkusTest
class MetricsTest {

    @Test
    void latencyIsAHistogramPerRouteTemplateAndThePoolIsReported() {
        given().get("/api/v1/anthologies/memories").then().statusCode(200);
        given().get("/api/v1/anthologies/robot-carnival").then().statusCode(200);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics).containsPattern(
                "http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/anthologies/\\{ref\\}\"[^}]*le=\"[0-9.]+\"");
        assertThat(metrics).doesNotContain("uri=\"/api/v1/anthologies/memories\"");
        assertThat(metrics).containsPattern("agroal_active_count\\{[^}]*\\} [0-9.]+");
        assertThat(metrics).containsPattern("agroal_awaiting_count\\{[^}]*\\} [0-9.]+");
    }
}
