package io.animecatalogue.shared;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What every operation of this API has in common, written into the OpenAPI document once instead of on every resource
 * method: the problem responses, the caching and paging headers, and the overview. The cross-cutting behaviour it
 * documents lives in this package too ({@link ProblemMapper}, {@link Tagged}, {@link Page}).
 * <p>
 * It runs when the service is built: nothing in it depends on how an instance is configured.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiDocumentation implements OASFilter {

    private static final String PAGE_PREFIX = "Page";
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String ETAG = "#/components/headers/ETag";
    private static final String CACHE_CONTROL = "#/components/headers/Cache-Control";
    private static final String LINK = "#/components/headers/Link";
    private static final String RETRY_AFTER = "#/components/headers/Retry-After";
    private static final String LOCATION = "#/components/headers/Location";
    private static final String WWW_AUTHENTICATE = "#/components/headers/WWW-Authenticate";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.info(OASFactory.createInfo()
                .title("Anime anthology catalogue")
                .version("1.0.0")
                .description(OVERVIEW));
        // relative, so that Swagger UI calls whichever host served the document
        openAPI.servers(List.of(OASFactory.createServer().url("/").description("The server that serves this document")));
        Components components = openAPI.getComponents();
        Map<String, String> renamedPages = renamePageSchemas(components);
        describeScalarSchemas(components);
        requireDiscriminators(components);
        recordMembersMayBeNull(components);
        addHeaders(components);
        addResponses(components);
        openAPI.getPaths().getPathItems().forEach((path, item) -> document(path, item, renamedPages));
    }

    /**
     * A discriminator names a property every alternative must have (the import records' {@code type}); Jackson adds
     * it from the type annotation, so the generated schemas do not list it as required.
     */
    private static void requireDiscriminators(Components components) {
        for (Schema schema : components.getSchemas().values()) {
            if (schema.getDiscriminator() == null || schema.getOneOf() == null) {
                continue;
            }
            String property = schema.getDiscriminator().getPropertyName();
            for (Schema alternative : schema.getOneOf()) {
                Schema target = components.getSchemas().get(alternative.getRef().substring(alternative.getRef().lastIndexOf('/') + 1));
                if (target.getRequired() == null || !target.getRequired().contains(property)) {
                    target.addRequired(property);
                }
            }
        }
    }

    /**
     * An import reads a null member of an interchange record as a member left out (scripts written against other
     * databases often write nulls), so the optional members of the records, and of the records inside them, say so.
     */
    private static void recordMembersMayBeNull(Components components) {
        Schema catalogueRecord = components.getSchemas().get("CatalogueRecord");
        if (catalogueRecord == null || catalogueRecord.getOneOf() == null) {
            return;
        }
        Set<String> seen = new java.util.HashSet<>();
        catalogueRecord.getOneOf().forEach(alternative -> allowNulls(components, alternative.getRef(), seen));
    }

    private static void allowNulls(Components components, String ref, Set<String> seen) {
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        Schema schema = components.getSchemas().get(name);
        if (schema == null || schema.getProperties() == null || !seen.add(name)) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((property, member) -> {
            Schema nested = member.getItems() != null ? member.getItems() : member;
            if (nested.getRef() != null) {
                allowNulls(components, nested.getRef(), seen);
            }
            if (required.contains(property) || member.getRef() != null || member.getType() == null
                    || member.getType().contains(Schema.SchemaType.NULL)) {
                return;
            }
            member.addType(Schema.SchemaType.NULL);
            if (member.getEnumeration() != null && !member.getEnumeration().contains(null)) {
                member.addEnumeration(null);
            }
        });
    }

    /** {@code PageCompanyView} reads better as {@code CompanyPage}; generics give the first, readers want the second. */
    private static Map<String, String> renamePageSchemas(Components components) {
        Map<String, String> renamed = new LinkedHashMap<>();
        Map<String, Schema> schemas = new TreeMap<>(components.getSchemas());
        for (String name : List.copyOf(schemas.keySet())) {
            if (!name.startsWith(PAGE_PREFIX) || name.equals("PageInfo")) {
                continue;
            }
            String item = name.substring(PAGE_PREFIX.length());
            String itemSchema = components.getSchemas().containsKey(item.replaceFirst("View$", ""))
                    ? item.replaceFirst("View$", "") : item;
            String pageName = itemSchema + "Page";
            Schema page = schemas.remove(name);
            Schema itemDefinition = components.getSchemas().get(itemSchema);
            page.description("One page of a list of " + itemSchema + " items, with the cursor of the next page.");
            page.examples(List.of(ordered(
                    "items", itemDefinition == null || itemDefinition.getExamples() == null ? List.of() : itemDefinition.getExamples(),
                    "page", ordered("limit", 20, "next", "WyJuZW8tdG9reW8iLCIwMWEyMDFlZi1lYWVlLTdhYWItOTljNi1mMjczYzY5YjZmMTAiLCJLem5VUDQzZWxkUUJKSXNtIl0", "total", 57))));
            page.getProperties().get("items").getItems().ref("#/components/schemas/" + itemSchema);
            schemas.put(pageName, page);
            renamed.put("#/components/schemas/" + name, "#/components/schemas/" + pageName);
        }
        components.schemas(schemas);
        return renamed;
    }

    private static void describeScalarSchemas(Components components) {
        describe(components, "UUID", "An id: a UUID, lowercase, as issued by this catalogue.", "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c");
        describe(components, "LocalDate", "A calendar date, ISO-8601 `YYYY-MM-DD`.", "1995-12-23");
        describe(components, "OffsetDateTime", "An instant, ISO-8601 with offset (UTC).", "2026-11-22T10:15:30Z");
    }

    private static void describe(Components components, String name, String description, String example) {
        Schema schema = components.getSchemas().get(name);
        if (schema != null) {
            schema.description(description).examples(List.of(example));
        }
    }

    private static void addHeaders(Components components) {
        components.addHeader("ETag", header("Entity tag of this representation. Send it back in `If-None-Match` to get a 304 "
                + "when nothing changed, or in `If-Match` to change the resource.", "\"FpZoXezoxNPUTk-xhkYcpg\""));
        components.addHeader("Cache-Control", header("Always `no-cache`: a cached copy may be reused after revalidation "
                + "with `If-None-Match`.", "no-cache"));
        components.addHeader("Link", header("RFC 8288 link to the next page (`rel=\"next\"`), absent on the last page.",
                "<https://catalogue.example/api/v1/anthologies?limit=20&cursor=WyJuZW8tdG9reW8iLCIwMWEyMDFlZi1lYWVlLTdhYWItOTljNi1mMjczYzY5YjZmMTAiLCJLem5VUDQzZWxkUUJKSXNtIl0>; rel=\"next\""));
        components.addHeader("Retry-After", header("Seconds to wait before retrying.", "5"));
        components.addHeader("Location", header("Where the new resource is served, by id.",
                "https://catalogue.example/api/v1/anthologies/01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c"));
        components.addHeader("WWW-Authenticate", header("The bearer challenge (RFC 6750); `error=\"invalid_token\"` when a "
                + "token was sent but is expired, forged or malformed.", "Bearer realm=\"anime-catalogue\", error=\"invalid_token\""));
    }

    private static Header header(String description, String example) {
        return OASFactory.createHeader().description(description).example(example)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static void addResponses(Components components) {
        components.addResponse("InvalidParameter", problem("A query or path parameter is malformed, unknown, repeated or out "
                + "of range; `errors` names each one.", "/problems/invalid-parameter", "Invalid parameter", 400,
                "The parameter 'limit' is invalid.", ordered("parameter", "limit", "detail", "must be an integer from 1 to 100")));
        components.addResponse("NotFound", problem("No resource has this id or slug.", "/problems/not-found", "Not found", 404,
                "No anthology has the id or slug 'memoirs'.", null));
        components.addResponse("NotAcceptable", problem("The `Accept` header rules out JSON, the only representation served.",
                "/problems/not-acceptable", "Not acceptable", 406, "This resource can only be served as application/json.", null));
        components.addResponse("InternalError", problem("An unexpected fault; it was logged with the id given in `detail`.",
                "/problems/internal-error", "Internal error", 500,
                "An unexpected error occurred. It was logged with id 3f8e2a5c-7d1b-4c9e-8a6f-2b4d0e1c9a7f.", null));
        components.addResponse("ServiceUnavailable", problem("The database cannot be reached, a statement ran past its time limit, "
                + "the database stopped a write to break a deadlock with another, or (import and export) this instance "
                + "already runs as many imports or exports as it allows. Nothing was written; send the same request "
                + "again after `Retry-After` seconds.",
                "/problems/service-unavailable", "Service unavailable", 503,
                "The catalogue database cannot be reached right now. Try again shortly.", null)
                .addHeader("Retry-After", OASFactory.createHeader().ref(RETRY_AFTER)));
        components.addResponse("InvalidBody", problem("The request body, or a parameter, is wrong: not JSON, an unknown member, "
                + "a wrong type, or a value that breaks a rule. `errors` has one entry per wrong member, with a JSON Pointer "
                + "into the body (or the parameter's name).", "/problems/invalid-body", "Invalid request body", 400,
                "2 members of the request body are invalid.", ordered("pointer", "/segments/1/runtimeMinutes", "detail",
                        "must be a whole number of minutes from 1 to 10000")));
        components.addResponse("InvalidImport", problem("Records of the file are wrong, so nothing was written: not JSON, an "
                + "unknown type or member, a value that breaks a rule, a slug given twice, or a reference to nothing above "
                + "it in the file or in the catalogue. `errors` has one entry per problem (the first 1,000, by line), with "
                + "the `line` and a JSON Pointer into that line's record (for CSV, `/column`).", "/problems/invalid-import",
                "Invalid import", 400, "2 problems in the file; nothing was written.",
                ordered("line", 3, "pointer", "/segments/0/credits/1/person", "detail",
                        "no person has the id or slug 'koji-morimot'")));
        components.addResponse("Unauthorized", problem("No bearer token, or one that is expired, forged or malformed.",
                "/problems/unauthorized", "Unauthorized", 401,
                "This request needs a bearer token (a JWT) in the Authorization header.", null)
                .addHeader("WWW-Authenticate", OASFactory.createHeader().ref(WWW_AUTHENTICATE)));
        components.addResponse("Forbidden", problem("The token is valid but lacks the role this operation needs.",
                "/problems/forbidden", "Forbidden", 403, "Your token does not carry a role that may do this.", null));
        components.addResponse("Conflict", problem("The change conflicts with what the catalogue holds: a slug or external id "
                + "another record has (`errors` points at it); for a delete, records that still refer to what is being "
                + "deleted (`detail` names them).", "/problems/conflict", "Conflict", 409,
                "Another anthology already has the slug 'memories'.", ordered("pointer", "/slug", "detail",
                        "is already the slug of another anthology")));
        components.addResponse("PreconditionFailed", problem("`If-Match` names an older version: someone changed the resource "
                + "since it was read. Nothing was written; read it again and reapply the change.", "/problems/precondition-failed",
                "Precondition failed", 412, "The resource has changed since the version If-Match names; nothing was written. "
                        + "Read it again, reapply your change and send the new ETag.", null));
        components.addResponse("PayloadTooLarge", problem("The body is larger than " + BodyLimit.MAX_BYTES / 1024
                        + " KiB (" + BodyLimit.IMPORT_MAX_BYTES / (1024 * 1024 * 1024) + " GiB for an import).",
                "/problems/payload-too-large", "Payload too large", 413,
                "The request body is larger than the " + BodyLimit.MAX_BYTES / 1024 + " KiB this API accepts.", null));
        components.addResponse("UriTooLong", problem("The request URI (path and query) is longer than "
                        + RequestSizeLimits.MAX_URI_BYTES / 1024 + " KiB.", "/problems/uri-too-long", "URI too long", 414,
                "The request URI is longer than the " + RequestSizeLimits.MAX_URI_BYTES / 1024 + " KiB this service reads.", null));
        components.addResponse("HeadersTooLarge", problem("The request headers together are larger than "
                        + RequestSizeLimits.MAX_HEADER_BYTES / 1024 + " KiB.", "/problems/headers-too-large",
                "Request header fields too large", 431, "The request headers are larger than the "
                        + RequestSizeLimits.MAX_HEADER_BYTES / 1024 + " KiB this service reads.", null));
        components.addResponse("UnsupportedMediaType", problem("The body's `Content-Type` is not the one this operation takes.",
                "/problems/unsupported-media-type", "Unsupported media type", 415,
                "This operation does not take a body of this media type (Content-Type); creates and replaces take "
                        + "application/json, patches application/merge-patch+json, imports application/x-ndjson or "
                        + "(releases) text/csv.", null));
        components.addResponse("PreconditionRequired", problem("The change was sent without `If-Match`. Changes must name the "
                + "version they change, so that no one overwrites another's edit unseen.", "/problems/precondition-required",
                "Precondition required", 428, "Changes need an If-Match header with the ETag of the version you are changing.", null));
        components.addResponse("TooManyRequests", problem("This client has sent more writes (or searches) in the last "
                        + "minute than it may; retry after `Retry-After` seconds.", "/problems/too-many-requests",
                "Too many requests", 429, "This client has sent more than 120 writes a minute. Retry after 1 s.", null)
                .addHeader("Retry-After", OASFactory.createHeader().ref(RETRY_AFTER)));
        components.addResponse("NotModified", OASFactory.createAPIResponse()
                .description("The representation named in `If-None-Match` is still current; no body.")
                .addHeader("ETag", OASFactory.createHeader().ref(ETAG))
                .addHeader("Cache-Control", OASFactory.createHeader().ref(CACHE_CONTROL)));
    }

    /** Examples are maps, and the document must come out the same on every build, so their order is fixed. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static APIResponse problem(String description, String type, String title, int status, String detail,
                                       Map<String, Object> error) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        example.put("instance", status == 404 ? "/api/v1/anthologies/memoirs" : "/api/v1/anthologies");
        if (error != null) {
            example.put("errors", List.of(error));
        }
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(ProblemMapper.PROBLEM_JSON, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM))
                        .example(example)));
    }

    private static void document(String path, PathItem item, Map<String, String> renamedPages) {
        item.getOperations().forEach((method, operation) -> {
            if (method == PathItem.HttpMethod.GET && operation.getSecurity() == null) {
                // reads are public: said explicitly, so that no reader takes a missing requirement for an oversight
                operation.security(List.of());
            }
            boolean write = method != PathItem.HttpMethod.GET;
            // an import answers with a report, not a resource, and reports every problem of the file in one 400
            boolean bulk = path.equals(BodyLimit.IMPORT_PATH);
            APIResponse ok = operation.getResponses().getAPIResponse("200");
            if (ok != null) {
                ok.getContent().getMediaTypes().values().forEach(media -> {
                    String ref = media.getSchema().getRef();
                    if (ref != null && renamedPages.containsKey(ref)) {
                        media.getSchema().ref(renamedPages.get(ref));
                    }
                });
                boolean list = ok.getContent().getMediaTypes().values().stream()
                        .anyMatch(media -> media.getSchema().getRef() != null && media.getSchema().getRef().endsWith("Page"));
                if (list) {
                    ok.description("One page of the list.");
                    ok.addHeader("Link", OASFactory.createHeader().ref(LINK));
                    // every list answers with an ETag and honours If-None-Match (see RenderedPage#respond)
                    ok.addHeader("ETag", OASFactory.createHeader().ref(ETAG));
                    ok.addHeader("Cache-Control", OASFactory.createHeader().ref(CACHE_CONTROL));
                    operation.getResponses().addAPIResponse("304", ref("NotModified"));
                } else if (bulk) {
                    ok.description("What the import did (or, in a dry run, would have done).");
                } else if (method == PathItem.HttpMethod.POST) {
                    operation.getResponses().removeAPIResponse("200");
                    operation.getResponses().addAPIResponse("201", ok.description("Created: the new resource, where "
                                    + "`Location` says, with the ETag to send in `If-Match` when changing it.")
                            .addHeader("Location", OASFactory.createHeader().ref(LOCATION))
                            .addHeader("ETag", OASFactory.createHeader().ref(ETAG)));
                } else if (write) {
                    ok.description("The resource as changed, with the ETag to send in `If-Match` next time.");
                    ok.addHeader("ETag", OASFactory.createHeader().ref(ETAG));
                } else if (ok.getContent().getMediaTypes().containsKey("application/x-ndjson")) {
                    ok.description("The records, one per line.");
                } else {
                    ok.description("The resource.");
                    ok.addHeader("ETag", OASFactory.createHeader().ref(ETAG));
                    ok.addHeader("Cache-Control", OASFactory.createHeader().ref(CACHE_CONTROL));
                    operation.getResponses().addAPIResponse("304", ref("NotModified"));
                }
            }
            APIResponse deleted = operation.getResponses().getAPIResponse("204");
            if (deleted != null) {
                deleted.description("Deleted.");
            }
            if (operation.getParameters() != null) {
                operation.getParameters().stream().filter(parameter -> IfMatch.HEADER.equals(parameter.getName()))
                        .forEach(parameter -> parameter.required(true)
                                .description("The ETag of the version being changed, from the last read or write of "
                                        + "this resource; `*` for any version. Without it the change is refused (428).")
                                .example("\"FpZoXezoxNPUTk-xhkYcpg\""));
            }
            if (operation.getRequestBody() != null && operation.getRequestBody().getDescription() == null) {
                operation.getRequestBody().description(method == PathItem.HttpMethod.POST
                        ? "The new resource." : "The resource as it should be, whole.");
            }
            operation.getResponses().addAPIResponse("400", ref(bulk ? "InvalidImport" : write ? "InvalidBody" : "InvalidParameter"));
            boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
            if (secured) {
                operation.getResponses().addAPIResponse("401", ref("Unauthorized"));
                operation.getResponses().addAPIResponse("403", ref("Forbidden"));
            }
            if (path.contains("{ref}")) {
                operation.getResponses().addAPIResponse("404", ref("NotFound"));
            }
            operation.getResponses().addAPIResponse("406", ref("NotAcceptable"));
            if (write && !bulk) {
                operation.getResponses().addAPIResponse("409", ref("Conflict"));
            }
            if (write && method != PathItem.HttpMethod.POST) {
                operation.getResponses().addAPIResponse("412", ref("PreconditionFailed"));
                operation.getResponses().addAPIResponse("428", ref("PreconditionRequired"));
            }
            if (operation.getRequestBody() != null) {
                operation.getResponses().addAPIResponse("413", ref("PayloadTooLarge"));
                operation.getResponses().addAPIResponse("415", ref("UnsupportedMediaType"));
            }
            operation.getResponses().addAPIResponse("414", ref("UriTooLong"));
            operation.getResponses().addAPIResponse("431", ref("HeadersTooLarge"));
            if (write || path.equals("/api/v1/search")) {
                operation.getResponses().addAPIResponse("429", ref("TooManyRequests"));
            }
            operation.getResponses().addAPIResponse("500", ref("InternalError"));
            operation.getResponses().addAPIResponse("503", ref("ServiceUnavailable"));
            operation.getResponses().setAPIResponses(sorted(operation.getResponses().getAPIResponses()));
        });
    }

    /** Responses in status order, as a reader scans them. */
    private static Map<String, APIResponse> sorted(Map<String, APIResponse> responses) {
        return new TreeMap<>(responses);
    }

    private static APIResponse ref(String response) {
        return OASFactory.createAPIResponse().ref("#/components/responses/" + response);
    }

    private static final String OVERVIEW = """
            A catalogue of anime anthologies (Memories, Robot Carnival, Neo Tokyo, Short Peace, ...): their segments, \
            the people credited on each, the companies involved, and their home-video releases.

            **Addressing.** Every resource has an `id` (a UUID) and a `slug` (`[a-z0-9-]`, unique per type); \
            `/api/v1/anthologies/memories` and `/api/v1/anthologies/{id}` are the same resource.

            **Names.** Titles and names come in a display form (English), the native form (Japanese script), a \
            romanized form (modified Hepburn; people family name first) and alternates. Unknown facts are `null`, never guessed.

            **Enumerations** are lowercase snake_case (`blu_ray`), accepted in any case.

            **Lists** answer `{"items": [...], "page": {"limit", "next", "total"}}`. Pass `page.next` as `cursor` \
            for the next page (also in the `Link` header). `limit` is 1 to 100, default 20. `total` is counted only \
            when asked for with `total=true`, and null otherwise. Unknown or repeated \
            query parameters are rejected with a 400 naming them. The anthology, segment, release and people lists take \
            filters (combined with AND) and `sort` (fields comma-separated, `-` for descending, ties broken by id, nulls \
            last in both directions); a cursor only continues the list and sort it came from.

            **Embedding.** `include=segments,credits,releases` on an anthology returns a whole detail screen in one request; \
            `fields=title,segments.title` keeps only the members a screen shows (every object keeps its `id`).

            **Search.** `GET /api/v1/search?q=` finds anthologies, segments, people and companies by any title or name \
            in any script, ignoring case, accents and width (`Ōtomo` = `otomo` = `ＯＴＯＭＯ`), tolerating typos and word \
            order; the best hit comes first, with the form that matched.

            **Caching.** Single resources, search results, and the anthology, segment, release and people lists carry \
            an `ETag`; send it in `If-None-Match` to get a 304 when nothing changed.

            **Writing.** Reads are public. Writes need a bearer token (a JWT) whose `groups` claim has `editor` \
            (deleting a whole anthology: `admin`); use "Authorize" above. A service started without any configuration \
            logs a token for local use: `Editor token for local use: ...`. `POST` answers 201 with `Location`, `ETag` and \
            the new resource; `PUT` replaces; `PATCH` takes a JSON Merge Patch (`application/merge-patch+json`); \
            `DELETE` answers 204. `PUT`, `PATCH` and `DELETE` need `If-Match` with the ETag of the version being \
            changed: a stale one is a 412 and nothing is written, and none at all is a 428, so two editors can never \
            overwrite each other unseen. Every write is recorded in the audit log (`/api/v1/audit-events`). Bodies \
            are at most 1 MiB; unknown members are refused.

            **Deleting** never erases other records' facts: a person still credited, or a company still referred to, \
            is not deleted (409 naming what refers to it). An anthology takes its segments and their credits along, \
            but not while releases of it exist. A segment takes its credits along and leaves the releases that listed it.

            **Errors** are RFC 9457 problem details (`application/problem+json`) with a `type` to branch on and, for \
            bad input, an `errors` array naming each parameter or member.""";
}
