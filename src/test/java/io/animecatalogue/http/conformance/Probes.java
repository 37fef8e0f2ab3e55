package io.animecatalogue.http.conformance;

import io.animecatalogue.auth.TestTokens;
import io.animecatalogue.http.conformance.Contract.OperationRef;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Requests for one operation, made from its entry in the spec: one built from the spec's own examples, then random
 * variations of it, valid (other values the schemas allow) and not (junk, wrong types, out of range, broken or
 * mis-encoded bodies, missing or bad credentials and preconditions).
 */
final class Probes {

    /** Strings a client may send by mistake or on purpose: metacharacters of SQL, regex, paths and markup, numbers
     * that overflow, scripts and widths the catalogue itself uses, control characters and a very long one. */
    private static final List<String> JUNK = List.of(
            "", " ", "%", "'", "\"", "\\", "' OR 1=1 --", "1; drop table anthology; --", ".*", "(?i)[", "null", "-1", "0",
            "1e309", "NaN", "9223372036854775808", "-9223372036854775809", "true", "[]", "{}", "<script>alert(1)</script>",
            "../../etc/passwd", "Ōtomo", "大友克洋", "ＯＴＯＭＯ", "🎬🎞️", "\u0000", "\u202e", "\t\n", "a".repeat(1000),
            "a,b,,c", ",", "-", "--title", "2024-02-30", "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c");

    private final Contract contract;
    private final OperationRef operation;
    private final Random random;
    private final Function<String, String> currentEtag;
    private final List<JsonObject> parameters;
    private final Set<String> bodyTypes;
    private final boolean secured;

    Probes(Contract contract, OperationRef operation, Random random, Function<String, String> currentEtag) {
        this.contract = contract;
        this.operation = operation;
        this.random = random;
        this.currentEtag = currentEtag;
        this.parameters = contract.parameters(operation);
        this.bodyTypes = contract.requestMediaTypes(operation);
        JsonArray security = contract.written(operation).getJsonArray("security");
        this.secured = security != null && !security.isEmpty();
    }

    List<Probe> generate(int count) {
        List<Probe> probes = new ArrayList<>();
        probes.add(fromExamples());
        List<Supplier<Probe>> variations = variations();
        while (probes.size() < count) {
            probes.add(variations.get(random.nextInt(variations.size())).get());
        }
        return probes;
    }

    /** The request the spec's examples describe, with a live ETag where the operation needs one. */
    Probe fromExamples() {
        Probe probe = new Probe("examples", operation.method(), operation.path());
        for (JsonObject parameter : parameters) {
            String name = parameter.getString("name");
            String example = render(parameter.getValue("example"));
            switch (parameter.getString("in")) {
                case "path" -> probe.pathParameters.put(name, example);
                case "query" -> probe.query.add(Map.entry(name, example));
                case "header" -> probe.headers.put(name, example);
                default -> throw new IllegalStateException("parameter in " + parameter.getString("in"));
            }
        }
        if (probe.headers.containsKey("If-Match")) {
            String etag = currentEtag.apply(probe.pathAndQuery().replaceFirst("\\?.*", ""));
            if (etag != null) {
                probe.headers.put("If-Match", etag);
            }
        }
        if (secured || operation.path().endsWith("/audit-events")) {
            probe.headers.put("Authorization", "Bearer " + TestTokens.token("conformance", Set.of("editor", "admin")));
        }
        if (!bodyTypes.isEmpty()) {
            String type = bodyTypes.iterator().next();
            Object example = contract.requestExample(operation, type);
            probe.contentType = type;
            probe.body = (example instanceof String text ? text : Json.encode(example)).getBytes(StandardCharsets.UTF_8);
        }
        probe.headers.put("Accept", "application/json, application/problem+json, application/x-ndjson");
        return probe;
    }

    private List<Supplier<Probe>> variations() {
        List<Supplier<Probe>> variations = new ArrayList<>();
        variations.add(this::otherValidValues);
        variations.add(this::withoutOptionalParameters);
        variations.add(this::unknownParameter);
        variations.add(this::percentEncodingOfNoCharacter);
        variations.add(this::notAcceptable);
        variations.add(this::gzipAccepted);
        variations.add(this::conditionalRead);
        variations.add(this::oversizedRequestLineOrHeaders);
        if (parameters.stream().anyMatch(p -> !p.getString("in").equals("header"))) {
            variations.add(this::junkParameter);
            variations.add(this::repeatedParameter);
            variations.add(this::junkParameter);
        }
        if (parameters.stream().anyMatch(p -> numeric(p.getJsonObject("schema")))) {
            variations.add(this::outOfRange);
        }
        if (parameters.stream().anyMatch(p -> p.getBoolean("required", false))) {
            variations.add(this::missingRequiredParameter);
        }
        if (secured) {
            variations.add(this::badCredentials);
        }
        if (!bodyTypes.isEmpty()) {
            variations.add(this::wrongMemberType);
            variations.add(this::wrongMemberType);
            variations.add(this::missingMember);
            variations.add(this::unknownMember);
            variations.add(this::otherJsonValue);
            variations.add(this::brokenJson);
            variations.add(this::emptyBody);
            variations.add(this::undeclaredMediaType);
            variations.add(this::otherEncoding);
            variations.add(this::deeplyNested);
            variations.add(this::anotherDeclaredMediaType);
        }
        return variations;
    }

    private Probe otherValidValues() {
        Probe probe = fromExamples().copy("other valid values");
        probe.query.clear();
        for (JsonObject parameter : parameters) {
            if (parameter.getString("in").equals("query") && (parameter.getBoolean("required", false) || random.nextBoolean())) {
                probe.query.add(Map.entry(parameter.getString("name"), validValue(parameter)));
            }
        }
        return probe;
    }

    private Probe withoutOptionalParameters() {
        Probe probe = fromExamples().copy("required parameters only");
        probe.query.removeIf(entry -> !required(entry.getKey()));
        return probe;
    }

    private Probe junkParameter() {
        Probe probe = fromExamples();
        List<JsonObject> candidates = parameters.stream().filter(p -> !p.getString("in").equals("header")).toList();
        JsonObject parameter = candidates.get(random.nextInt(candidates.size()));
        String name = parameter.getString("name");
        String junk = pick(JUNK);
        Probe junked = probe.copy("junk " + name);
        if (parameter.getString("in").equals("path")) {
            // An empty segment addresses another resource (the collection), which is no request to this operation.
            junked.pathParameters.put(name, junk.isEmpty() ? " " : junk);
        } else {
            junked.query.removeIf(entry -> entry.getKey().equals(name));
            junked.query.add(Map.entry(name, junk));
        }
        return junked;
    }

    private Probe outOfRange() {
        List<JsonObject> numeric = parameters.stream().filter(p -> numeric(p.getJsonObject("schema"))).toList();
        JsonObject parameter = numeric.get(random.nextInt(numeric.size()));
        JsonObject schema = parameter.getJsonObject("schema");
        String value = switch (random.nextInt(4)) {
            case 0 -> String.valueOf(schema.getLong("minimum", 0L) - 1);
            case 1 -> String.valueOf(schema.getLong("maximum", Long.MAX_VALUE - 1) + 1);
            case 2 -> "1.5";
            default -> "0x10";
        };
        Probe probe = fromExamples().copy("out of range " + parameter.getString("name"));
        probe.query.removeIf(entry -> entry.getKey().equals(parameter.getString("name")));
        probe.query.add(Map.entry(parameter.getString("name"), value));
        return probe;
    }

    private Probe repeatedParameter() {
        Probe probe = fromExamples().copy("repeated parameter").unjudged();
        List<JsonObject> query = parameters.stream().filter(p -> p.getString("in").equals("query")).toList();
        if (query.isEmpty()) {
            return probe;
        }
        JsonObject parameter = query.get(random.nextInt(query.size()));
        probe.query.add(Map.entry(parameter.getString("name"), validValue(parameter)));
        probe.query.add(Map.entry(parameter.getString("name"), validValue(parameter)));
        return probe;
    }

    private Probe unknownParameter() {
        Probe probe = fromExamples().copy("unknown parameter");
        probe.query.add(Map.entry(pick(List.of("q2", "Limit", "page", "offset", "filter[kind]", "sort_by", "callback")), pick(JUNK)));
        return probe;
    }

    private Probe missingRequiredParameter() {
        Probe probe = fromExamples().copy("missing required parameter");
        probe.query.removeIf(entry -> required(entry.getKey()));
        probe.headers.remove("If-Match");
        return probe;
    }

    /** %FF%FE decodes to bytes that are no UTF-8 character. */
    private Probe percentEncodingOfNoCharacter() {
        Probe probe = fromExamples().copy("percent-encoded non-UTF-8").unjudged();
        String name = parameters.stream().filter(p -> p.getString("in").equals("query")).map(p -> p.getString("name"))
                .findFirst().orElse("q");
        probe.rawQuery = Probe.encode(name) + "=%FF%FE" + (random.nextBoolean() ? "%C3" : "%00");
        return probe;
    }

    /** Past the service's limits on the URI (8 KiB) and headers (16 KiB), below the HTTP layer's bare refusal. */
    private Probe oversizedRequestLineOrHeaders() {
        Probe probe = fromExamples().copy("oversized URI or headers").unjudged();
        if (random.nextBoolean()) {
            probe.query.add(Map.entry("padding", "p".repeat(9_000 + random.nextInt(40_000))));
        } else {
            probe.headers.put("X-Padding", "p".repeat(17_000 + random.nextInt(40_000)));
        }
        return probe;
    }

    private Probe notAcceptable() {
        Probe probe = fromExamples().copy("Accept: application/xml").unjudged();
        probe.headers.put("Accept", pick(List.of("application/xml", "text/html", "image/png")));
        return probe;
    }

    private Probe gzipAccepted() {
        Probe probe = fromExamples().copy("Accept-Encoding: gzip");
        probe.headers.put("Accept-Encoding", "gzip");
        return probe;
    }

    /** For a read, the ETag it has just answered; for a write, a stale one. */
    private Probe conditionalRead() {
        Probe probe = fromExamples().copy("If-None-Match");
        String etag = currentEtag.apply(probe.pathAndQuery());
        probe.headers.put("If-None-Match", etag != null && random.nextBoolean() ? etag : "\"stale\"");
        if (probe.headers.containsKey("If-Match")) {
            probe.headers.put("If-Match", random.nextBoolean() ? "\"stale\"" : pickHeaderSafeJunk());
        }
        return probe;
    }

    private Probe badCredentials() {
        Probe probe = fromExamples().copy("bad credentials");
        switch (random.nextInt(5)) {
            case 0 -> probe.headers.remove("Authorization");
            case 1 -> probe.headers.put("Authorization", "Bearer " + TestTokens.expired());
            case 2 -> probe.headers.put("Authorization", "Bearer " + TestTokens.forged());
            case 3 -> probe.headers.put("Authorization", "Bearer " + TestTokens.token("reader", Set.of()));
            default -> probe.headers.put("Authorization", pick(List.of("Basic YTpi", "Bearer", "Bearer a.b.c", "Bearer " + pickHeaderSafeJunk())));
        }
        return probe;
    }

    private Probe wrongMemberType() {
        Probe probe = fromExamples();
        Object body = decode(probe);
        if (!(body instanceof JsonObject || body instanceof JsonArray)) {
            return otherJsonValue();
        }
        String where = replaceRandomLeaf(body);
        return withJson(probe.copy("wrong type at " + where), body);
    }

    private Probe missingMember() {
        Probe probe = fromExamples();
        Object body = decode(probe);
        if (!(body instanceof JsonObject object) || object.isEmpty()) {
            return otherJsonValue();
        }
        List<String> names = new ArrayList<>(object.fieldNames());
        String removed = pick(names);
        object.remove(removed);
        return withJson(probe.copy("without " + removed), object);
    }

    private Probe unknownMember() {
        Probe probe = fromExamples();
        Object body = decode(probe);
        if (!(body instanceof JsonObject object)) {
            return otherJsonValue();
        }
        object.put(pick(List.of("id", "createdAt", "version", "unknown", "__proto__", "$where")), otherTypeThan(null));
        return withJson(probe.copy("unknown member"), object);
    }

    private Probe otherJsonValue() {
        Probe probe = fromExamples();
        return withJson(probe.copy("other JSON value"), pick(List.of(new JsonArray(), 42, "text", true, new JsonObject())));
    }

    private Probe withJson(Probe probe, Object body) {
        probe.body = Json.encode(body).getBytes(StandardCharsets.UTF_8);
        if (probe.contentType != null && probe.contentType.equals("text/csv")) {
            probe.contentType = Contract.NDJSON;
        }
        return probe;
    }

    /** Each media type the operation declares, with its own example (the release CSV, say). */
    private Probe anotherDeclaredMediaType() {
        Probe probe = fromExamples();
        String type = pick(new ArrayList<>(bodyTypes));
        Object example = contract.requestExample(operation, type);
        probe = probe.copy("declared " + type);
        probe.contentType = type;
        probe.body = (example instanceof String text ? text : Json.encode(example)).getBytes(StandardCharsets.UTF_8);
        return probe;
    }

    private Probe brokenJson() {
        Probe probe = fromExamples().copy("broken JSON");
        String text = new String(probe.body, StandardCharsets.UTF_8);
        String broken = switch (random.nextInt(4)) {
            case 0 -> text.substring(0, Math.max(1, text.length() / 2));
            case 1 -> text + "}";
            case 2 -> text.replaceFirst(":", "");
            default -> "{'single': 'quotes'}";
        };
        probe.body = broken.getBytes(StandardCharsets.UTF_8);
        return probe;
    }

    private Probe emptyBody() {
        Probe probe = fromExamples().copy("empty body");
        probe.body = new byte[0];
        return probe;
    }

    private Probe undeclaredMediaType() {
        Probe probe = fromExamples().copy("undeclared media type");
        probe.contentType = pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"));
        return probe;
    }

    /** The same document in UTF-16, or with bytes that are no UTF-8, or gzip-compressed without saying so. */
    private Probe otherEncoding() {
        Probe probe = fromExamples().copy("other encoding").unjudged();
        String text = new String(probe.body, StandardCharsets.UTF_8);
        switch (random.nextInt(3)) {
            case 0 -> {
                probe.body = text.getBytes(StandardCharsets.UTF_16);
                probe.contentType = probe.contentType + "; charset=utf-16";
            }
            case 1 -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                int cut = text.indexOf('"', 1) + 1;
                bytes.writeBytes(text.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                bytes.writeBytes(new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
                bytes.writeBytes(text.substring(cut).getBytes(StandardCharsets.UTF_8));
                probe.body = bytes.toByteArray();
            }
            default -> {
                probe.body = gzip(probe.body);
                probe.headers.put("Content-Encoding", "gzip");
            }
        }
        return probe;
    }

    private Probe deeplyNested() {
        Probe probe = fromExamples().copy("deeply nested");
        probe.body = ("[".repeat(200) + "]".repeat(200)).getBytes(StandardCharsets.UTF_8);
        if ("text/csv".equals(probe.contentType)) {
            probe.contentType = Contract.NDJSON;
        }
        return probe;
    }

    private String validValue(JsonObject parameter) {
        JsonObject schema = parameter.getJsonObject("schema");
        if (random.nextInt(3) == 0 || parameter.getValue("example") == null) {
            String generated = generate(schema);
            if (generated != null) {
                return generated;
            }
        }
        return render(parameter.getValue("example"));
    }

    /** A value the schema allows, where the schema says enough to make one; else null. */
    private String generate(JsonObject schema) {
        if (schema.containsKey("enum")) {
            return render(pick(schema.getJsonArray("enum").getList()));
        }
        String type = schema.getString("type", "");
        switch (type) {
            case "integer": {
                long min = schema.getLong("minimum", 0L);
                long max = schema.getLong("maximum", min + 1000);
                return String.valueOf(min + (long) (random.nextDouble() * (max - min + 1)));
            }
            case "boolean":
                return String.valueOf(random.nextBoolean());
            case "array": {
                JsonObject items = schema.getJsonObject("items");
                if (items != null && items.containsKey("enum")) {
                    List<Object> values = new ArrayList<>(items.getJsonArray("enum").getList());
                    java.util.Collections.shuffle(values, random);
                    return String.join(",", values.subList(0, 1 + random.nextInt(values.size())).stream().map(Probes::render).toList());
                }
                return null;
            }
            case "string":
                if ("date".equals(schema.getString("format"))) {
                    return LocalDate.of(1960, 1, 1).plusDays(random.nextInt(30_000)).toString();
                }
                return null;
            default:
                return null;
        }
    }

    private boolean required(String name) {
        return parameters.stream().anyMatch(p -> p.getString("name").equals(name) && p.getBoolean("required", false));
    }

    private static boolean numeric(JsonObject schema) {
        return "integer".equals(schema.getString("type")) || "number".equals(schema.getString("type"));
    }

    private Object decode(Probe probe) {
        if (probe.contentType == null || !probe.contentType.contains("json")) {
            return null;
        }
        return Json.decodeValue(new String(probe.body, StandardCharsets.UTF_8));
    }

    /** Replaces one leaf of the document, found by a random walk, and says where as a JSON Pointer. */
    private String replaceRandomLeaf(Object node) {
        StringBuilder pointer = new StringBuilder();
        Object current = node;
        while (true) {
            if (current instanceof JsonObject object && !object.isEmpty()) {
                String name = pick(new ArrayList<>(object.fieldNames()));
                Object child = object.getValue(name);
                pointer.append('/').append(name);
                if (!(child instanceof JsonObject || child instanceof JsonArray) || random.nextInt(4) == 0) {
                    object.put(name, otherTypeThan(child));
                    return pointer.toString();
                }
                current = child;
            } else if (current instanceof JsonArray array && !array.isEmpty()) {
                int index = random.nextInt(array.size());
                Object child = array.getValue(index);
                pointer.append('/').append(index);
                if (!(child instanceof JsonObject || child instanceof JsonArray) || random.nextInt(4) == 0) {
                    array.set(index, otherTypeThan(child));
                    return pointer.toString();
                }
                current = child;
            } else {
                return pointer.isEmpty() ? "/" : pointer.toString();
            }
        }
    }

    private Object otherTypeThan(Object value) {
        List<Object> others = new ArrayList<>(List.of("x".repeat(1 + random.nextInt(3)), -1, 2.5, true, new JsonArray(), new JsonObject()));
        others.add(null);
        others.removeIf(other -> value != null && other != null && other.getClass() == value.getClass());
        return pick(others);
    }

    /** Junk an HTTP client can put in a header: printable ASCII only. */
    private String pickHeaderSafeJunk() {
        return pick(JUNK.stream().filter(junk -> junk.chars().allMatch(c -> c >= 0x20 && c < 0x7f)).toList());
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String render(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof JsonArray array) {
            return String.join(",", array.stream().map(Probes::render).toList());
        }
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(Probes::render).toList());
        }
        return String.valueOf(value);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
