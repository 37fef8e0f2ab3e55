package io.animecatalogue.shared;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What every operation of this API has in common, written into the OpenAPI document once instead of on every resource
 * method: which of the problem responses and the caching and paging headers ({@link OpenApiComponents}) each
 * operation has, and the overview. The generated schemas are completed by {@link OpenApiSchemas}. The cross-cutting
 * behaviour it documents lives in this package too ({@link ProblemMapper}, {@link Tagged}, {@link Page}).
 * <p>
 * It runs when the service is built: nothing in it depends on how an instance is configured.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiDocumentation implements OASFilter {

    private static final String ETAG = "#/components/headers/ETag";
    private static final String CACHE_CONTROL = "#/components/headers/Cache-Control";
    private static final String LINK = "#/components/headers/Link";
    private static final String LOCATION = "#/components/headers/Location";
    /** The lists that answer with an ETag and honour If-None-Match (see {@link RenderedPage#respond}). */
    private static final Set<String> TAGGED_LISTS = Set.of("/api/v1/anthologies", "/api/v1/segments", "/api/v1/releases",
            "/api/v1/people");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.info(OASFactory.createInfo()
                .title("Anime anthology catalogue")
                .version("1.0.0")
                .description(OVERVIEW));
        // relative, so that Swagger UI calls whichever host served the document
        openAPI.servers(List.of(OASFactory.createServer().url("/").description("The server that serves this document")));
        OpenApiSchemas.complete(openAPI);
        OpenApiComponents.addTo(openAPI.getComponents());
        openAPI.getPaths().getPathItems().forEach(OpenApiDocumentation::document);
    }

    private static void document(String path, PathItem item) {
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
                boolean list = ok.getContent().getMediaTypes().values().stream()
                        .anyMatch(media -> media.getSchema().getRef() != null && media.getSchema().getRef().endsWith("Page"));
                if (list) {
                    ok.description("One page of the list.");
                    ok.addHeader("Link", OASFactory.createHeader().ref(LINK));
                    if (TAGGED_LISTS.contains(path)) {
                        ok.addHeader("ETag", OASFactory.createHeader().ref(ETAG));
                        ok.addHeader("Cache-Control", OASFactory.createHeader().ref(CACHE_CONTROL));
                        operation.getResponses().addAPIResponse("304", ref("NotModified"));
                    }
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
