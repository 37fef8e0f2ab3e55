package io.animecatalogue.search;

import io.animecatalogue.http.Responses;
import io.animecatalogue.http.OpenApiTexts;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Find anthologies, segments, people and companies by any of their titles or names.")
public class SearchResource {

    @Inject
    SearchService search;

    @GET
    @Operation(operationId = "search", summary = "Search the catalogue",
            description = "Anthologies, segments, people and companies whose display, native, romanized or alternate "
                    + "title or name answers `q`, best first. Case, accents, character width and punctuation do not matter "
                    + "(`Ōtomo`, `otomo` and `ＯＴＯＭＯ` are the same), words may come in any order, and small typos are "
                    + "forgiven. A whole title or name ranks first, then one that starts with the query, then one whose "
                    + "words start with the query's words, then one that contains it, then near spellings; equal scores "
                    + "are ordered by type, then slug. Each hit says which stored form matched and where the entry is served.")
    @APIResponse(responseCode = "200", description = OpenApiTexts.RESOURCE,
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Cache-Control", ref = "Cache-Control")})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "InvalidParameter")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @SecurityRequirements
    public RestResponse<SearchResults> search(
            @Parameter(description = "The text to search for, in any script: 1 to 200 characters, not only spaces.",
                    example = "otomo", required = true,
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = SearchRequest.MAX_QUERY_LENGTH))
            @QueryParam("q") String q,
            @Parameter(description = "Only entries of these types, comma-separated: `anthology`, `segment`, `person`, "
                    + "`company`. Omit for all four.", example = "person,company")
            @QueryParam("type") String type,
            @Parameter(description = "How many hits to return at most, from 1 to " + SearchRequest.MAX_LIMIT + ".", example = "10",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "10"))
            @QueryParam("limit") String limit,
            @Context Request request) {
        return Responses.read(search.search(SearchRequest.parse(q, type, limit)), request);
    }
}
