package io.animecatalogue.release;

import io.animecatalogue.shared.Page;
import io.animecatalogue.shared.PageParameters;
import io.animecatalogue.shared.Ref;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/releases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Releases", description = "Home-video releases (VHS, LaserDisc, DVD, Blu-ray, digital) with their specs.")
public class ReleaseResource {

    @Inject
    ReleaseService releases;

    @GET
    @Operation(operationId = "listReleases", summary = "List releases",
            description = "All home-video releases, in slug order, one page at a time. "
                    + "For one anthology's releases, oldest first, use `GET /api/v1/anthologies/{ref}/releases`.")
    public RestResponse<Page<ReleaseView>> list(@BeanParam PageParameters page, @Context UriInfo uri) {
        return releases.list(page.toRequest()).toResponse(uri);
    }

    @GET
    @Path("/{ref}")
    @Operation(operationId = "getRelease", summary = "Get a release", description = "One home-video release, by id or slug.")
    public RestResponse<ReleaseView> get(
            @Parameter(description = "The release's id (a UUID) or slug.", example = "memories-us-dvd") @PathParam("ref") String ref,
            @Context Request request) {
        return releases.get(Ref.parse(ref, "ref")).respond(request);
    }
}
