package io.animecatalogue.http;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the OpenAPI document says as a whole rather than about one operation: the overview, the server, the shared
 * components ({@link OpenApiComponents}) and what the generated schemas leave out ({@link OpenApiSchemas}).
 * <p>
 * Each operation declares its own answers on its resource method, with {@code @APIResponse} and the shared ones by
 * name, and a read that needs no token says so with an empty {@code @SecurityRequirements}, so that no reader takes a
 * missing requirement for an oversight. Only the answers that any request can get, whichever operation it is for, are
 * added here: nothing here looks at an operation's path or method to guess what it answers.
 * <p>
 * It runs when the service is built: nothing in it depends on how an instance is configured.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiDocumentation implements OASFilter {

    /**
     * Answers that come before or around any resource method: content negotiation (406), the request size limits of
     * {@link RequestSizeLimits} (414, 431), and the faults {@link ProblemMapper} turns into problems (500, 503).
     */
    private static final Map<String, String> EVERY_OPERATION = Map.of("406", "NotAcceptable", "414", "UriTooLong",
            "431", "HeadersTooLarge", "500", "InternalError", "503", "ServiceUnavailable");

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
        openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream())
                .forEach(OpenApiDocumentation::answersOfEveryOperation);
    }

    private static void answersOfEveryOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        EVERY_OPERATION.forEach((status, name) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().ref("#/components/responses/" + name));
            }
        });
        // in status order, as a reader scans them, whichever order the declarations came in
        responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
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
