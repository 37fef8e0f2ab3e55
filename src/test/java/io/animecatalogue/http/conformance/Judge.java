package io.animecatalogue.http.conformance;

import io.animecatalogue.http.conformance.Contract.OperationRef;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.openapi.validation.SchemaValidationException;
import io.vertx.openapi.validation.ValidatableResponse;
import io.vertx.openapi.validation.impl.RequestParameterImpl;
import io.vertx.openapi.validation.impl.ValidatableRequestImpl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.function.BiFunction;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** What the spec says of a request, and whether an answer keeps the spec's promise. */
final class Judge {

    /** What no client may see: a stack frame, a Java or driver class, SQL state. */
    private static final Pattern LEAK = Pattern.compile(
            "\\bat [a-z]+\\.[a-z]+\\.|\\bjava\\.[a-z]+\\.|\\borg\\.(hibernate|postgresql|jboss|eclipse)\\.|io\\.animecatalogue|io\\.(quarkus|vertx|netty)\\.|[A-Z][A-Za-z]+Exception\\b|SQLState|ERROR: ");

    private final Contract contract;

    Judge(Contract contract) {
        this.contract = contract;
    }

    record Answer(int status, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> String.join(", ", entry.getValue())).findFirst().orElse(null);
        }

        String mediaType() {
            String contentType = header("Content-Type");
            return contentType == null ? null : contentType.split(";")[0].trim().toLowerCase();
        }
    }

    /** Everything wrong with this answer; empty when it keeps the spec. */
    List<String> check(OperationRef operation, Probe probe, Answer answer) {
        List<String> wrong = new ArrayList<>();
        if (answer.status() >= 500) {
            wrong.add("answered " + answer.status());
        }
        Set<String> declared = contract.mediaTypes(operation, answer.status());
        if (declared == null) {
            wrong.add("status " + answer.status() + " is not in the spec");
            return wrong;
        }
        String mediaType = answer.mediaType();
        boolean hasBody = answer.body().length > 0;
        if (hasBody && !declared.contains(mediaType)) {
            wrong.add("Content-Type " + mediaType + " where the spec gives " + declared);
            return wrong;
        }
        if (!hasBody && !declared.isEmpty()) {
            wrong.add("no body where the spec gives " + declared);
            return wrong;
        }
        if (Contract.NDJSON.equals(mediaType)) {
            for (String line : new String(answer.body(), StandardCharsets.UTF_8).split("\n")) {
                validateResponse(operation, answer, line.getBytes(StandardCharsets.UTF_8), wrong);
            }
        } else {
            validateResponse(operation, answer, answer.body(), wrong);
        }
        if (answer.status() >= 400 && LEAK.matcher(new String(answer.body(), StandardCharsets.UTF_8)).find()) {
            wrong.add("the problem shows internals");
        }
        if (probe.judgedBySpec && answer.status() < 400) {
            String invalid = invalidBySpec(operation, probe);
            if (invalid != null) {
                wrong.add("accepted with " + answer.status() + " what the spec forbids: " + invalid);
            }
        }
        return wrong;
    }

    private void validateResponse(OperationRef operation, Answer answer, byte[] body, List<String> wrong) {
        Map<String, String> headers = new HashMap<>();
        answer.headers().forEach((name, values) -> headers.put(name, String.join(", ", values)));
        boolean json = body.length > 0;
        String failure = failureOf(contract.responses.validate(ValidatableResponse.create(answer.status(), headers,
                json ? Buffer.buffer(body) : null, json ? Contract.JSON : null), operation.operationId()));
        if (failure != null) {
            wrong.add("does not validate: " + failure);
        }
    }

    /** Why the spec forbids this request, or null when it allows it (or cannot say, as for a CSV body). */
    String invalidBySpec(OperationRef operation, Probe probe) {
        Set<String> strings = new HashSet<>();
        contract.parameters(operation).forEach(parameter -> {
            if ("string".equals(parameter.getJsonObject("schema").getString("type"))) {
                strings.add(parameter.getString("name"));
            }
        });
        // Vert.x reads a parameter value as JSON when it can ("-1" is a number, "[]" an array), which is wrong for
        // a string parameter; a JSON string literal makes it read the text as the text.
        BiFunction<String, String, RequestParameter> parameter = (name, value) ->
                new RequestParameterImpl(strings.contains(name) ? Json.encode(value) : value);
        Map<String, RequestParameter> headers = new HashMap<>();
        probe.headers.forEach((name, value) -> headers.put(name, parameter.apply(name, value)));
        Map<String, RequestParameter> path = new HashMap<>();
        probe.pathParameters.forEach((name, value) -> path.put(name, parameter.apply(name, value)));
        Map<String, RequestParameter> query = new HashMap<>();
        probe.query.forEach(entry -> query.put(entry.getKey(), parameter.apply(entry.getKey(), entry.getValue())));

        String mediaType = probe.contentType == null ? null : probe.contentType.split(";")[0].trim().toLowerCase();
        boolean hasBody = probe.body != null && probe.body.length > 0;
        if (hasBody && !contract.requestMediaTypes(operation).contains(mediaType)) {
            return "media type " + mediaType + " is not declared";
        }
        if ("text/csv".equals(mediaType)) {
            return null;
        }
        List<byte[]> bodies = new ArrayList<>();
        if (!hasBody) {
            bodies.add(null);
        } else if (Contract.NDJSON.equals(mediaType)) {
            for (String line : new String(probe.body, StandardCharsets.UTF_8).split("\r?\n")) {
                bodies.add(line.getBytes(StandardCharsets.UTF_8));
            }
        } else {
            bodies.add(probe.body);
        }
        for (byte[] body : bodies) {
            ValidatableRequestImpl request = new ValidatableRequestImpl(Map.of(), headers, path, query,
                    new RequestParameterImpl(body == null ? null : Buffer.buffer(body)), body == null ? null : Contract.JSON);
            String failure = failureOf(contract.requests.validate(request, operation.operationId()));
            if (failure != null) {
                return failure;
            }
        }
        return null;
    }

    private static String failureOf(Future<?> validation) {
        try {
            validation.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SchemaValidationException schema && schema.getOutputUnit() != null) {
                return cause.getMessage() + " " + schema.getOutputUnit().getErrors();
            }
            return cause.getMessage();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
