package io.animecatalogue.release;

import io.animecatalogue.http.Responses;
import com.fasterxml.jackson.databind.JsonNode;
import io.animecatalogue.auth.Roles;
import io.animecatalogue.shared.IfMatch;
import io.animecatalogue.shared.MergePatch;
import io.animecatalogue.http.OpenApiTexts;
import io.animecatalogue.shared.Page;
import io.animecatalogue.http.PageParameters;
import io.animecatalogue.shared.PageRequest;
import io.animecatalogue.shared.TaggedPage;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.Tagged;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/releases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Releases", description = "Home-video releases (VHS, LaserDisc, DVD, Blu-ray, digital) with their specs.")
public class ReleaseResource {

    /** The rules every write is held to, stated once for the descriptions of create, replace and patch. */
    private static final String RULES = "`anthology`, `publisher` and each of `segments` must name an existing anthology, "
            + "company and segment by id or slug; the segments must be the anthology's own, each listed once. A "
            + "`releaseDate` implies `releaseYear` (left out, it is the date's year; given, it must agree). A date or year "
            + "in the future needs `printStatus` `announced`. The barcode's check digit, the aspect ratio (`1.85:1`), "
            + "region codes and language tags are checked too. Every broken rule is reported at once, each with a JSON "
            + "Pointer to its member (400); a `slug` another release has is a 409.";

    @Inject
    ReleaseService releases;

    @Inject
    ReleaseQueries queries;

    @GET
    @Operation(operationId = "listReleases", summary = "List releases",
            description = "The home-video releases, one page at a time, in slug order unless `sort` says otherwise. "
                    + "Filters combine: a release is listed when it matches all of them. The `ETag` covers every row the "
                    + "page shows and its total; revalidate with `If-None-Match`. "
                    + "For one anthology's releases, oldest first, use `GET /api/v1/anthologies/{ref}/releases`.")
    @APIResponse(responseCode = "200", description = OpenApiTexts.PAGE, headers = {@Header(name = "Link", ref = "Link"),
            @Header(name = "ETag", ref = "ETag"), @Header(name = "Cache-Control", ref = "Cache-Control")})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "InvalidParameter")
    @SecurityRequirements
    public RestResponse<Page<ReleaseView>> list(@BeanParam PageParameters page, @BeanParam ReleaseListParameters parameters,
                                                @Context UriInfo uri, @Context Request request) {
        PageRequest pageRequest = page.toRequest();
        TaggedPage listed = queries.page(parameters::criteria, pageRequest, Responses.variant("releases", uri));
        return Responses.page(listed, uri, request);
    }

    @GET
    @Path("/{ref}")
    @Operation(operationId = "getRelease", summary = "Get a release", description = "One home-video release, by id or slug.")
    @APIResponse(responseCode = "200", description = OpenApiTexts.RESOURCE,
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Cache-Control", ref = "Cache-Control")})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "InvalidParameter")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @SecurityRequirements
    public RestResponse<ReleaseView> get(
            @Parameter(description = "The release's id (a UUID) or slug.", example = "memories-us-dvd") @PathParam("ref") String ref,
            @Context Request request) {
        return Responses.readAs(queries.detail(Ref.parse(ref, "ref")), request);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRelease", summary = "Create a release",
            description = "Adds a home-video release of an anthology, with the segments it contains. Without a `slug`, "
                    + "one is derived from the anthology's slug, the country and the format (`memories-us-blu-ray`). "
                    + RULES)
    @APIResponse(responseCode = "201", description = OpenApiTexts.CREATED,
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReleaseView.class)))
    @APIResponse(responseCode = "400", ref = "InvalidBody")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public RestResponse<ReleaseView> create(
            @RequestBody(description = OpenApiTexts.NEW_RESOURCE) ReleaseInput body, @Context UriInfo uri) {
        Tagged<ReleaseView> created = releases.create(body);
        return Responses.created(created, uri.getAbsolutePathBuilder().path(created.body().id().toString()).build());
    }

    @PUT
    @Path("/{ref}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceRelease", summary = "Replace a release",
            description = "Replaces every member of the release with the body's, its segments included; without a "
                    + "`slug` it keeps its slug. Needs `If-Match`. " + RULES)
    @APIResponse(responseCode = "200", description = OpenApiTexts.CHANGED, headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "400", ref = "InvalidBody")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public RestResponse<ReleaseView> replace(
            @Parameter(description = "The release's id (a UUID) or slug.", example = "memories-us-dvd") @PathParam("ref") String ref,
            @Parameter(required = true, description = OpenApiTexts.IF_MATCH, example = OpenApiTexts.ETAG_EXAMPLE)
            @HeaderParam(IfMatch.HEADER) String ifMatch,
            @RequestBody(description = OpenApiTexts.WHOLE_RESOURCE) ReleaseInput body) {
        return Responses.written(releases.replace(Ref.parse(ref, "ref"), IfMatch.of(ifMatch), body));
    }

    @PATCH
    @Path("/{ref}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchRelease", summary = "Change some members of a release",
            description = "Applies a JSON Merge Patch (RFC 7396): members given replace the release's, `null` clears one; "
                    + "a list, such as `segments`, is replaced whole. A new `releaseDate` without a `releaseYear` brings its "
                    + "year along. The patched release must keep every rule of a replace. Needs `If-Match`. " + RULES)
    @APIResponse(responseCode = "200", description = OpenApiTexts.CHANGED, headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "400", ref = "InvalidBody")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public RestResponse<ReleaseView> patch(
            @Parameter(description = "The release's id (a UUID) or slug.", example = "memories-us-dvd") @PathParam("ref") String ref,
            @Parameter(required = true, description = OpenApiTexts.IF_MATCH, example = OpenApiTexts.ETAG_EXAMPLE)
            @HeaderParam(IfMatch.HEADER) String ifMatch,
            @RequestBody(description = "The members to change.", content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.OBJECT, description = "Members of ReleaseInput; null removes a value."),
                    example = "{\"printStatus\": \"out_of_print\", \"segments\": [\"magnetic-rose\", \"stink-bomb\"]}"))
            JsonNode body) {
        return Responses.written(releases.patch(Ref.parse(ref, "ref"), IfMatch.of(ifMatch), body));
    }

    @DELETE
    @Path("/{ref}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "deleteRelease", summary = "Delete a release",
            description = "Deletes a release with its audio tracks and its links to segments; the anthology, publisher "
                    + "and segments stay. No other resource refers to a release, so it is never kept back. Needs `If-Match`.")
    @APIResponse(responseCode = "204", description = OpenApiTexts.DELETED)
    @APIResponse(responseCode = "400", ref = "InvalidParameter")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public void delete(
            @Parameter(description = "The release's id (a UUID) or slug.", example = "memories-us-dvd") @PathParam("ref") String ref,
            @Parameter(required = true, description = OpenApiTexts.IF_MATCH, example = OpenApiTexts.ETAG_EXAMPLE)
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        releases.delete(Ref.parse(ref, "ref"), IfMatch.of(ifMatch));
    }
}
