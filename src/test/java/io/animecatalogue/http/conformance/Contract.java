package io.animecatalogue.http.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.validation.RequestValidator;
import io.vertx.openapi.validation.ResponseValidator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The committed openapi/openapi.yaml, read twice: as written, for what the spec promises (media types per status),
 * and as Vert.x OpenAPI's validators need it.
 *
 * <p>Vert.x OpenAPI 4.5 refuses any media type but {@code application/json}, so the validators get a copy in which
 * the JSON media types ({@code application/problem+json}, {@code application/merge-patch+json}) are called
 * {@code application/json}, and NDJSON is validated line by line against the same schema. The media types
 * themselves are checked against the original by {@link #mediaTypes}.
 */
final class Contract {

    static final Path COMMITTED = Path.of("openapi/openapi.yaml");
    static final String JSON = "application/json";
    static final String NDJSON = "application/x-ndjson";

    private final JsonObject original;
    private final OpenAPIContract validating;
    final RequestValidator requests;
    final ResponseValidator responses;

    private Contract(JsonObject original, OpenAPIContract validating, Vertx vertx) {
        this.original = original;
        this.validating = validating;
        this.requests = RequestValidator.create(vertx, validating);
        this.responses = ResponseValidator.create(vertx, validating);
    }

    static JsonObject read() {
        try {
            Map<?, ?> yaml = new ObjectMapper(new YAMLFactory()).readValue(COMMITTED.toFile(), Map.class);
            return JsonObject.mapFrom(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Contract load(Vertx vertx) throws Exception {
        JsonObject original = read();
        OpenAPIContract validating = OpenAPIContract.from(vertx, asPlainJson(original.copy()))
                .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        return new Contract(original, validating, vertx);
    }

    /** Every operation of the committed spec, in its order: path, method, operation id. */
    static List<OperationRef> operations() {
        List<OperationRef> operations = new ArrayList<>();
        JsonObject paths = read().getJsonObject("paths");
        for (String path : paths.fieldNames()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.fieldNames()) {
                operations.add(new OperationRef(method.toUpperCase(), path, item.getJsonObject(method).getString("operationId")));
            }
        }
        return operations;
    }

    record OperationRef(String method, String path, String operationId) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    Operation operation(String operationId) {
        return validating.operation(operationId);
    }

    /** The operation as written, with its parameters, request body and responses' $refs resolved. */
    JsonObject written(OperationRef ref) {
        return original.getJsonObject("paths").getJsonObject(ref.path()).getJsonObject(ref.method().toLowerCase());
    }

    /** Follows a local $ref (and a chain of them) in the spec as written. */
    JsonObject resolve(JsonObject node) {
        JsonObject current = node;
        while (current != null && current.containsKey("$ref")) {
            JsonObject target = original;
            for (String part : current.getString("$ref").substring(2).split("/")) {
                target = target.getJsonObject(part.replace("~1", "/").replace("~0", "~"));
            }
            current = target;
        }
        return current;
    }

    /** The media types the spec promises for this status (or the default response); null when it is not declared. */
    Set<String> mediaTypes(OperationRef ref, int status) {
        JsonObject responses = written(ref).getJsonObject("responses");
        JsonObject response = responses.getJsonObject(String.valueOf(status), responses.getJsonObject("default"));
        if (response == null) {
            return null;
        }
        JsonObject content = resolve(response).getJsonObject("content", new JsonObject());
        return new LinkedHashSet<>(content.fieldNames());
    }

    /** An example of the request body for this media type, from the media type or else its schema. */
    Object requestExample(OperationRef ref, String mediaType) {
        JsonObject body = resolve(written(ref).getJsonObject("requestBody"));
        JsonObject media = body == null ? null : body.getJsonObject("content").getJsonObject(mediaType);
        if (media == null) {
            return null;
        }
        if (media.containsKey("example")) {
            return media.getValue("example");
        }
        JsonObject schema = resolve(media.getJsonObject("schema"));
        JsonArray examples = schema.getJsonArray("examples");
        return examples != null && !examples.isEmpty() ? examples.getValue(0) : schema.getValue("example");
    }

    Set<String> requestMediaTypes(OperationRef ref) {
        JsonObject body = resolve(written(ref).getJsonObject("requestBody"));
        return body == null ? Set.of() : new LinkedHashSet<>(body.getJsonObject("content").fieldNames());
    }

    List<JsonObject> parameters(OperationRef ref) {
        List<JsonObject> parameters = new ArrayList<>();
        JsonArray written = written(ref).getJsonArray("parameters", new JsonArray());
        for (int i = 0; i < written.size(); i++) {
            JsonObject parameter = resolve(written.getJsonObject(i)).copy();
            parameter.put("schema", resolveSchema(parameter.getJsonObject("schema")));
            parameters.add(parameter);
        }
        return parameters;
    }

    /** A schema with its own and its array items' $ref followed, enough to generate a parameter value. */
    JsonObject resolveSchema(JsonObject schema) {
        JsonObject resolved = resolve(schema).copy();
        if (resolved.containsKey("items")) {
            resolved.put("items", resolve(resolved.getJsonObject("items")));
        }
        return resolved;
    }

    /**
     * The copy Vert.x 4.5 accepts and judges rightly:
     * <ul>
     *   <li>every JSON media type is JSON, NDJSON is a JSON value per line, CSV is left to the service's own tests;</li>
     *   <li>Vert.x checks {@code format: int32} even on a null, so a nullable integer's format becomes its range;</li>
     *   <li>Vert.x cannot read a header value with a double quote in it ({@code Bearer realm="..."}), so response
     *       headers whose schema is any string, which nothing could fail, are left out.</li>
     * </ul>
     */
    private static JsonObject asPlainJson(JsonObject spec) {
        rename(spec, spec);
        // The spec's server is relative ("/"), which OpenAPI allows and Vert.x does not; operations are found by id.
        spec.put("servers", new JsonArray().add(new JsonObject().put("url", "http://localhost/")));
        return spec;
    }

    private static void rename(Object node, JsonObject root) {
        if (node instanceof JsonObject object) {
            JsonObject content = object.getValue("content") instanceof JsonObject c ? c : null;
            if (content != null && !content.isEmpty() && content.fieldNames().stream().allMatch(name -> name.contains("/"))) {
                JsonObject plain = new JsonObject();
                for (String type : content.fieldNames()) {
                    if (isJson(type) || type.equals(NDJSON)) {
                        plain.put(JSON, content.getValue(type));
                    }
                }
                object.put("content", plain);
                if (plain.isEmpty()) {
                    // text/csv only: nothing Vert.x can check; that body is checked by the service's own tests.
                    object.remove("content");
                }
            }
            nullableIntegerFormatAsRange(object);
            JsonObject headers = object.getValue("headers") instanceof JsonObject h ? h : null;
            if (headers != null && object.containsKey("description") && !object.containsKey("in")) {
                headers.fieldNames().removeIf(name -> !(headers.getValue(name) instanceof JsonObject header) || anyString(header, root));
            }
            object.forEach(entry -> rename(entry.getValue(), root));
        } else if (node instanceof JsonArray array) {
            array.forEach(item -> rename(item, root));
        }
    }

    private static void nullableIntegerFormatAsRange(JsonObject schema) {
        String format = schema.getValue("format") instanceof String f ? f : null;
        if (!(schema.getValue("type") instanceof JsonArray types) || !types.contains("null")
                || !("int32".equals(format) || "int64".equals(format))) {
            return;
        }
        schema.remove("format");
        boolean int32 = format.equals("int32");
        schema.put("minimum", Math.max(schema.getLong("minimum", Long.MIN_VALUE), int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
        schema.put("maximum", Math.min(schema.getLong("maximum", Long.MAX_VALUE), int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
    }

    /** A header object (or a $ref to one in components/headers) whose schema is any string. */
    private static boolean anyString(JsonObject header, JsonObject root) {
        JsonObject resolved = header;
        if (header.containsKey("$ref") && header.getString("$ref").startsWith("#/components/headers/")) {
            resolved = root.getJsonObject("components").getJsonObject("headers")
                    .getJsonObject(header.getString("$ref").substring("#/components/headers/".length()));
        }
        return resolved != null && resolved.getJsonObject("schema", new JsonObject()).equals(new JsonObject().put("type", "string"));
    }

    static boolean isJson(String mediaType) {
        return mediaType.equals(JSON) || mediaType.endsWith("+json");
    }
}
