package io.animecatalogue.exchange;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.animecatalogue.auth.TestTokens.asEditor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** One export and one import at a time per instance; another is a 503 that says when to retry, and reads go on. */
@QuarkusTest
class ExchangeSlotsTest {

    /** Imported as a dry run, so that the catalogue other classes read stays as it was. */
    private static final byte[] RECORD = """
            {"type":"company","slug":"exchange-slots-studio","name":"Exchange Slots Studio","kinds":["animation_studio"]}
            """.getBytes(StandardCharsets.UTF_8);

    @Inject
    ExchangeSlots slots;

    @Test
    void anExportWhileAnotherRunsIsA503WithRetryAfterAndImportsAndReadsGoOn() {
        try (ExchangeSlots.Slot running = slots.export()) {
            Response refused = given().get("/api/v1/export");
            busy(refused, "This instance is running 1 export already, as many as it runs at once. Try again shortly.");
            given().get("/api/v1/anthologies/memories").then().statusCode(200);
            importing().then().statusCode(200);
        }
        given().get("/api/v1/export").then().statusCode(200);
        given().head("/api/v1/export").then().statusCode(200);
        // the export above gave its slot back once its body was written, and the HEAD, which writes none, took none
        slots.export().close();
    }

    @Test
    void anImportWhileAnotherRunsIsA503AndAFailedImportGivesItsSlotBack() {
        try (ExchangeSlots.Slot running = slots.importing()) {
            busy(importing(), "This instance is running 1 import already, as many as it runs at once. Try again shortly.");
            given().get("/api/v1/export?anthology=memories").then().statusCode(200);
        }
        asEditor().contentType("application/x-ndjson").body("{\"type\":\"nothing\"}\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import").then().statusCode(400);
        asEditor().contentType("text/csv").body("slug\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import").then().statusCode(400);
        importing().then().statusCode(200);
        slots.importing().close();
    }

    private static Response importing() {
        return asEditor().contentType("application/x-ndjson").body(RECORD).queryParam("dryRun", "true").post("/api/v1/import");
    }

    private static void busy(Response response, String detail) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("Retry-After")).isEqualTo("5");
        assertThat(response.jsonPath().getString("type")).isEqualTo("/problems/service-unavailable");
        assertThat(response.jsonPath().getString("detail")).isEqualTo(detail);
    }
}
