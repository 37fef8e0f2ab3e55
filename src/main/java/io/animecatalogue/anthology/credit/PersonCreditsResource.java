package io.animecatalogue.anthology.credit;

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

@Path("/api/v1/people/{ref}/credits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class PersonCreditsResource {

    @Inject
    CreditQueries queries;

    @GET
    @Operation(operationId = "listPersonCredits", summary = "List a person's credits",
            description = "A person's filmography across anthologies and their segments: oldest anthology first (unknown years last), "
                    + "each anthology's own credits before those on its segments, segments in running order.")
    @APIResponse(responseCode = "200", description = OpenApiTexts.PAGE, headers = {@Header(name = "Link", ref = "Link"),
            @Header(name = "ETag", ref = "ETag"), @Header(name = "Cache-Control", ref = "Cache-Control")})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "InvalidParameter")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @SecurityRequirements
    public RestResponse<Page<FilmographyEntry>> list(
            @Parameter(description = "The person's id (a UUID) or slug.", example = "satoshi-kon") @PathParam("ref") String ref,
            @BeanParam PageParameters page, @Context UriInfo uri, @Context Request request) {
        TaggedPage listed = queries.filmography(Ref.parse(ref, "ref"), page.toRequest(), Responses.variant(uri.getPath(), uri));
        return Responses.page(listed, uri, request);
    }
}
