package io.animecatalogue.anthology.segment;

import io.animecatalogue.http.Responses;
import io.animecatalogue.shared.TaggedPage;
import jakarta.ws.rs.core.Request;
import io.animecatalogue.http.OpenApiTexts;
import io.animecatalogue.shared.Page;
import io.animecatalogue.http.PageParameters;
import io.animecatalogue.shared.Ref;
import jakarta.inject.Inject;
import io.animecatalogue.auth.Roles;
import io.animecatalogue.shared.Tagged;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/anthologies/{ref}/segments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Anthologies")
public class AnthologySegmentsResource {

    @Inject
    SegmentService segments;

    @Inject
    SegmentQueries queries;

    @GET
    @Operation(operationId = "listAnthologySegments", summary = "List an anthology's segments",
            description = "The segments of one anthology, in running order.")
    @APIResponse(responseCode = "200", description = OpenApiTexts.PAGE, headers = {@Header(name = "Link", ref = "Link"),
            @Header(name = "ETag", ref = "ETag"), @Header(name = "Cache-Control", ref = "Cache-Control")})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "InvalidParameter")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @SecurityRequirements
    public RestResponse<Page<SegmentView>> list(
            @Parameter(description = "The anthology's id (a UUID) or slug.", example = "memories") @PathParam("ref") String ref,
            @BeanParam PageParameters page, @Context UriInfo uri, @Context Request request) {
        TaggedPage listed = queries.ofAnthology(Ref.parse(ref, "ref"), page.toRequest(), Responses.variant(uri.getPath(), uri));
        return Responses.page(listed, uri, request);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAnthologySegment", summary = "Add a segment to an anthology",
            description = "Adds a segment, with its staff when `credits` lists them. Without `position` it runs last; with "
                    + "one, the segments from that place on move down one. Without a `slug`, one is derived from the title.")
    @APIResponse(responseCode = "201", description = OpenApiTexts.CREATED,
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SegmentView.class)))
    @APIResponse(responseCode = "400", ref = "InvalidBody")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public RestResponse<SegmentView> create(
            @Parameter(description = "The anthology's id (a UUID) or slug.", example = "memories") @PathParam("ref") String ref,
            @RequestBody(description = OpenApiTexts.NEW_RESOURCE) SegmentInput body, @Context UriInfo uri) {
        Tagged<SegmentView> created = segments.create(Ref.parse(ref, "ref"), body);
        return Responses.created(created, uri.getBaseUriBuilder().path("/api/v1/segments").path(created.body().id().toString()).build());
    }
}
