package io.animecatalogue.http;

import io.animecatalogue.shared.IfMatch;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class OpenApiSpecTest {

    private static final Path COMMITTED = Path.of("openapi/openapi.yaml");
    private static final Path SERVED_COPY = Path.of("target/openapi/openapi.yaml");

    /** Every API change shows up in review as a diff of the committed file. */
    @Test
    void theCommittedSpecIsTheOneTheServiceServes() throws IOException {
        String served = given().when().get("/q/openapi").then().statusCode(200).extract().asString();
        Files.createDirectories(SERVED_COPY.getParent());
        Files.writeString(SERVED_COPY, served, StandardCharsets.UTF_8);
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertThat(served)
                .as("openapi/openapi.yaml differs from what the service serves; review the change, then run: cp %s %s",
                        SERVED_COPY, COMMITTED)
                .isEqualTo(committed);
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void everyOperationParameterAndSchemaExplainsItselfWithAnExample() {
        JsonPath spec = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        List<String> missing = new ArrayList<>();

        Map<String, Map<String, Map<String, Object>>> paths = spec.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            if (operation.get("summary") == null || operation.get("description") == null) {
                missing.add(where + ": summary or description");
            }
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
            for (Map<String, Object> parameter : parameters) {
                if (parameter.get("description") == null || parameter.get("example") == null) {
                    missing.add(where + " parameter " + parameter.get("name") + ": description or example");
                }
            }
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            if (!method.equals("get")) {
                List<?> security = (List<?>) operation.get("security");
                if (security == null || security.isEmpty() || !responses.containsKey("401") || !responses.containsKey("403")) {
                    missing.add(where + ": the bearer requirement and its 401 and 403 answers");
                }
                if (!method.equals("post") && (!responses.containsKey("412") || !responses.containsKey("428"))) {
                    missing.add(where + ": the If-Match answers 412 and 428");
                }
            }
            responses.forEach((status, response) -> {
                if (response.get("$ref") == null && response.get("description") == null) {
                    missing.add(where + " response " + status + ": description");
                }
            });
        }));

        Map<String, Map<String, Object>> schemas = spec.getMap("components.schemas");
        schemas.forEach((name, schema) -> {
            if (schema.get("description") == null || schema.get("examples") == null) {
                missing.add("schema " + name + ": description or example");
            }
            Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.getOrDefault("properties", Map.of());
            properties.forEach((property, definition) -> {
                if (definition.get("description") == null) {
                    missing.add("schema " + name + "." + property + ": description");
                }
            });
        });
        Map<String, Map<String, Object>> responses = spec.getMap("components.responses");
        responses.forEach((name, response) -> {
            if (response.get("description") == null) {
                missing.add("response " + name + ": description");
            }
        });
        assertThat(missing).isEmpty();
    }

    /**
     * The guards and limits a request passes through answer whether or not the operation's declaration remembered them,
     * so what an operation's shape implies (a path parameter, a body, If-Match, a bearer requirement, a write) must be
     * among the answers it documents.
     */
    @Test
    void everyOperationDeclaresTheAnswersItsShapeImplies() {
        JsonPath spec = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        List<String> missing = new ArrayList<>();

        Map<String, Map<String, Map<String, Object>>> paths = spec.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
            List<?> security = (List<?>) operation.get("security");
            List<String> needed = new ArrayList<>();
            // the query parameter guard refuses unknown parameters on every operation
            needed.add("400");
            if (parameters.stream().anyMatch(parameter -> "path".equals(parameter.get("in")))) {
                needed.add("404");
            }
            if (operation.get("requestBody") != null) {
                needed.addAll(List.of("413", "415"));
            }
            parameters.stream().filter(parameter -> IfMatch.HEADER.equals(parameter.get("name"))).forEach(parameter -> {
                needed.addAll(List.of("412", "428"));
                if (!Boolean.TRUE.equals(parameter.get("required"))) {
                    missing.add(where + ": If-Match is not declared required, yet a change without it is refused");
                }
            });
            if (security == null) {
                missing.add(where + ": neither a bearer requirement nor an explicit empty one");
            } else if (!security.isEmpty()) {
                needed.addAll(List.of("401", "403"));
            }
            // RateLimits counts every request that is not a read
            if (!method.equals("get")) {
                needed.add("429");
            }
            needed.stream().filter(status -> !responses.containsKey(status))
                    .forEach(status -> missing.add(where + ": response " + status));
            if (responses.keySet().stream().noneMatch(status -> status.startsWith("2"))) {
                missing.add(where + ": a success response");
            }
        }));
        assertThat(missing).isEmpty();
    }

    /** The operations refer to shared responses and headers by name; a misspelt name would refer to nothing. */
    @Test
    void everyReferenceNamesAComponent() {
        String served = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        Map<String, Map<String, Object>> components = JsonPath.from(served).getMap("components");
        List<String> dangling = new ArrayList<>();
        Matcher reference = Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/components/([^/\"]+)/([^\"]+)\"").matcher(served);
        while (reference.find()) {
            Map<String, Object> kind = components.get(reference.group(1));
            if (kind == null || !kind.containsKey(reference.group(2))) {
                dangling.add(reference.group());
            }
        }
        assertThat(dangling).isEmpty();
    }
}
