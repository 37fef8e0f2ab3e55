package io.animecatalogue.release;

import io.animecatalogue.http.Responses;
import io.animecatalogue.shared.TaggedPage;
import jakarta.ws.rs.core.Request;
import io.animecatalogue.http.OpenApiTexts;
import io.animecatalogue.shared.Page;
import io.animecatalogue.http.PageParameters;
import io.animecatalogue.shared.Ref;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/anthologies/{ref}/releases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Anthologies")
public class AnthologyReleasesResource {

    @Inject
    ReleaseQueries queries;

    @GET
    @Operation(operationId = "listAnthologyReleases", summary = "List an anthology's releases",
            description = "The home-video releases of one anthology, oldest first (unknown dates last), with their specs.")
    @APIResponse(responseCode = "200", description = OpenApiTexts.PAGE, headers = {@Header(name = "Link", ref = "Link"),
            @Header(name = "ETag", ref = "ETag"), @Header(name = "Cache-Control", ref = "Cache-Control")})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "InvalidParameter")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @SecurityRequirements
    public RestResponse<Page<ReleaseView>> list(
            @Parameter(description = "The anthology's id (a UUID) or slug.", example = "memories") @PathParam("ref") String ref,
            @BeanParam PageParameters page, @Context UriInfo uri, @Context Request request) {
        TaggedPage listed = queries.ofAnthology(Ref.parse(ref, "ref"), page.toRequest(), Responses.variant(uri.getPath(), uri));
        return Responses.page(listed, uri, request);
    }
}
