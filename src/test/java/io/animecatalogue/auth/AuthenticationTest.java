package io.animecatalogue.auth;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class AuthenticationTest {

    private static final String BODY = "{\"slug\": \"auth-test-company\", \"name\": \"Auth Test\", \"kinds\": [\"producer\"]}";

    @Test
    void aWriteWithoutATokenIsA401WithABearerChallenge() {
        given().contentType("application/json").body(BODY).post("/api/v1/companies")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("/problems/unauthorized"));
        given().get("/api/v1/companies/auth-test-company").then().statusCode(404);
    }

    @Test
    void anExpiredTokenIsA401NamingTheInvalidToken() {
        given().auth().oauth2(TestTokens.expired()).contentType("application/json").body(BODY).post("/api/v1/companies")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""));
        given().get("/api/v1/companies/auth-test-company").then().statusCode(404);
    }

    @Test
    void aTokenSignedByAnUntrustedKeyIsA401() {
        given().auth().oauth2(TestTokens.forged()).contentType("application/json").body(BODY).post("/api/v1/companies")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not-a-jwt").contentType("application/json").body(BODY).post("/api/v1/companies")
                .then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/companies/auth-test-company").then().statusCode(404);
    }

    @Test
    void aTokenWithoutTheEditorRoleIsA403() {
        given().auth().oauth2(TestTokens.token("reader", Set.of("viewer"))).contentType("application/json").body(BODY)
                .post("/api/v1/companies")
                .then().statusCode(403).contentType("application/problem+json").body("type", equalTo("/problems/forbidden"));
        given().auth().oauth2(TestTokens.token("reader", Set.of("viewer"))).get("/api/v1/audit-events").then().statusCode(403);
        given().get("/api/v1/companies/auth-test-company").then().statusCode(404);
    }

    @Test
    void readsArePublicAndIgnoreABadToken() {
        given().get("/api/v1/anthologies/memories").then().statusCode(200);
        given().auth().oauth2(TestTokens.forged()).get("/api/v1/anthologies/memories").then().statusCode(200);
    }

    @Test
    void theAuditLogIsForEditorsOnly() {
        given().get("/api/v1/audit-events").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        TestTokens.asEditor().get("/api/v1/audit-events").then().statusCode(200);
        TestTokens.asEditor().get("/api/v1/audit-events?resource=memories").then().statusCode(400)
                .body("errors[0].parameter", equalTo("resource"));
    }
}
