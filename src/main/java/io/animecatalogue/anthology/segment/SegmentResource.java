package io.animecatalogue.anthology.segment;

import io.animecatalogue.http.Responses;
import io.animecatalogue.shared.Includes;
import io.animecatalogue.http.OpenApiTexts;
import io.animecatalogue.shared.Page;
import io.animecatalogue.http.PageParameters;
import io.animecatalogue.shared.PageRequest;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.TaggedPage;
import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.JsonNode;
import io.animecatalogue.auth.Roles;
import io.animecatalogue.shared.IfMatch;
import io.animecatalogue.shared.MergePatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/segments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Segments", description = "The shorts anthologies are made of, each with its own staff.")
public class SegmentResource {

    @Inject
    SegmentService segments;

    @Inject
    SegmentQueries queries;

    @Inject
    SegmentListQueries lists;

    @GET
    @Operation(operationId = "listSegments", summary = "List segments",
            description = "The segments of all anthologies, one page at a time, in slug order unless `sort` says otherwise. "
                    + "Filters combine: a segment is listed when it matches all of them. The `ETag` covers every row the "
                    + "page shows and its total; revalidate with `If-None-Match`. "
                    + "For one anthology's segments in running order, use `GET /api/v1/anthologies/{ref}/segments`.")
    @APIResponse(responseCode = "200", description = OpenApiTexts.PAGE, headers = {@Header(name = "Link", ref = "Link"),
            @Header(name = "ETag", ref = "ETag"), @Header(name = "Cache-Control", ref = "Cache-Control")})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "InvalidParameter")
    @SecurityRequirements
    public RestResponse<Page<SegmentView>> list(@BeanParam PageParameters page, @BeanParam SegmentListParameters parameters,
                                                @Context UriInfo uri, @Context Request request) {
        PageRequest pageRequest = page.toRequest();
        TaggedPage listed = lists.page(parameters::criteria, pageRequest, Responses.variant("segments", uri));
        return Responses.page(listed, uri, request);
    }

    @GET
    @Path("/{ref}")
    @Operation(operationId = "getSegment", summary = "Get a segment",
            description = "One segment, by id or slug; with `include=credits`, its staff in billing order.")
    @APIResponse(responseCode = "200", description = OpenApiTexts.RESOURCE,
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Cache-Control", ref = "Cache-Control")})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "InvalidParameter")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @SecurityRequirements
    public RestResponse<SegmentView> get(
            @Parameter(description = "The segment's id (a UUID) or slug.", example = "magnetic-rose") @PathParam("ref") String ref,
            @Parameter(description = "Related resources to embed, comma-separated.", example = "[\"credits\"]",
                    style = ParameterStyle.FORM, explode = Explode.FALSE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SegmentInclude.class))
            @QueryParam(Includes.PARAMETER) String include,
            @Context Request request) {
        return Responses.readAs(queries.detail(Ref.parse(ref, "ref"), Includes.parse(include, SegmentInclude.class)), request);
    }

    @PUT
    @Path("/{ref}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceSegment", summary = "Replace a segment",
            description = "Replaces every member of the segment with the body's. A new `position` moves it in the running "
                    + "order and the segments in between move to make room. Its credits are changed through "
                    + "`/api/v1/credits`, not here. Needs `If-Match`.")
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
    public RestResponse<SegmentView> replace(
            @Parameter(description = "The segment's id (a UUID) or slug.", example = "magnetic-rose") @PathParam("ref") String ref,
            @Parameter(required = true, description = OpenApiTexts.IF_MATCH, example = OpenApiTexts.ETAG_EXAMPLE)
            @HeaderParam(IfMatch.HEADER) String ifMatch,
            @RequestBody(description = OpenApiTexts.WHOLE_RESOURCE) SegmentInput body) {
        return Responses.written(segments.replace(Ref.parse(ref, "ref"), IfMatch.of(ifMatch), body));
    }

    @PATCH
    @Path("/{ref}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchSegment", summary = "Change some members of a segment",
            description = "Applies a JSON Merge Patch (RFC 7396) to the segment as `SegmentInput` shows it; "
                    + "`{\"position\": 1}` moves it to the front of the running order. Needs `If-Match`.")
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
    public RestResponse<SegmentView> patch(
            @Parameter(description = "The segment's id (a UUID) or slug.", example = "magnetic-rose") @PathParam("ref") String ref,
            @Parameter(required = true, description = OpenApiTexts.IF_MATCH, example = OpenApiTexts.ETAG_EXAMPLE)
            @HeaderParam(IfMatch.HEADER) String ifMatch,
            @RequestBody(description = "The members to change.", content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.OBJECT, description = "Members of SegmentInput; null removes a value."),
                    example = "{\"position\": 1}"))
            JsonNode body) {
        return Responses.written(segments.patch(Ref.parse(ref, "ref"), IfMatch.of(ifMatch), body));
    }

    @DELETE
    @Path("/{ref}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "deleteSegment", summary = "Delete a segment",
            description = "Deletes the segment with its credits; releases stop listing it, and the segments after it move "
                    + "up one place. Needs `If-Match`.")
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
            @Parameter(description = "The segment's id (a UUID) or slug.", example = "magnetic-rose") @PathParam("ref") String ref,
            @Parameter(required = true, description = OpenApiTexts.IF_MATCH, example = OpenApiTexts.ETAG_EXAMPLE)
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        segments.delete(Ref.parse(ref, "ref"), IfMatch.of(ifMatch));
    }
}
