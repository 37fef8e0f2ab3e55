package io.animecatalogue.http;

import io.animecatalogue.shared.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headers and the named responses that operations refer to by name ({@code @APIResponse(ref = "NotFound")},
 * {@code @Header(ref = "ETag")}): every problem this API answers with, described once with its example, and the
 * caching and paging headers. Which operation can answer with which is declared on the operation itself.
 */
final class OpenApiComponents {

    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String ETAG = "#/components/headers/ETag";
    private static final String CACHE_CONTROL = "#/components/headers/Cache-Control";
    private static final String RETRY_AFTER = "#/components/headers/Retry-After";
    private static final String WWW_AUTHENTICATE = "#/components/headers/WWW-Authenticate";

    private OpenApiComponents() {
    }

    static void addTo(Components components) {
        addHeaders(components);
        addResponses(components);
    }

    private static void addHeaders(Components components) {
        components.addHeader("ETag", header("Entity tag of this representation. Send it back in `If-None-Match` to get a 304 "
                + "when nothing changed, or in `If-Match` to change the resource.", OpenApiTexts.ETAG_EXAMPLE));
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
    static Map<String, Object> ordered(Object... keysAndValues) {
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
}
