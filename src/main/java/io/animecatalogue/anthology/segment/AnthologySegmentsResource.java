package io.animecatalogue.anthology.segment;

import io.animecatalogue.shared.RenderedPage;
import io.animecatalogue.shared.TaggedPage;
import jakarta.ws.rs.core.Request;
import io.animecatalogue.shared.Page;
import io.animecatalogue.shared.PageParameters;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
    public RestResponse<Page<SegmentView>> list(
            @Parameter(description = "The anthology's id (a UUID) or slug.", example = "memories") @PathParam("ref") String ref,
            @BeanParam PageParameters page, @Context UriInfo uri, @Context Request request) {
        TaggedPage listed = queries.ofAnthology(Ref.parse(ref, "ref"), page.toRequest(), RenderedPage.variant(uri.getPath(), uri));
        return RenderedPage.respond(listed.page(), listed.page().json(), listed.tag(), uri, request);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAnthologySegment", summary = "Add a segment to an anthology",
            description = "Adds a segment, with its staff when `credits` lists them. Without `position` it runs last; with "
                    + "one, the segments from that place on move down one. Without a `slug`, one is derived from the title.")
    public RestResponse<SegmentView> create(
            @Parameter(description = "The anthology's id (a UUID) or slug.", example = "memories") @PathParam("ref") String ref,
            SegmentInput body, @Context UriInfo uri) {
        Tagged<SegmentView> created = segments.create(Ref.parse(ref, "ref"), body);
        return created.created(uri.getBaseUriBuilder().path("/api/v1/segments").path(created.body().id().toString()).build());
    }
}
