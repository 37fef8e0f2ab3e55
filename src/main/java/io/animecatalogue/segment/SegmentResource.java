package io.animecatalogue.segment;

import io.animecatalogue.shared.Includes;
import io.animecatalogue.shared.Page;
import io.animecatalogue.shared.PageParameters;
import io.animecatalogue.shared.Ref;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/segments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Segments", description = "The shorts anthologies are made of, each with its own staff.")
public class SegmentResource {

    @Inject
    SegmentService segments;

    @GET
    @Operation(operationId = "listSegments", summary = "List segments",
            description = "All segments of all anthologies, in slug order, one page at a time. "
                    + "For one anthology's segments in running order, use `GET /api/v1/anthologies/{ref}/segments`.")
    public RestResponse<Page<SegmentView>> list(@BeanParam PageParameters page, @Context UriInfo uri) {
        return segments.list(page.toRequest()).toResponse(uri);
    }

    @GET
    @Path("/{ref}")
    @Operation(operationId = "getSegment", summary = "Get a segment",
            description = "One segment, by id or slug; with `include=credits`, its staff in billing order.")
    public RestResponse<SegmentView> get(
            @Parameter(description = "The segment's id (a UUID) or slug.", example = "magnetic-rose") @PathParam("ref") String ref,
            @Parameter(description = "Related resources to embed, comma-separated.", example = "[\"credits\"]",
                    style = ParameterStyle.FORM, explode = Explode.FALSE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SegmentInclude.class))
            @QueryParam(Includes.PARAMETER) String include,
            @Context Request request) {
        return segments.get(Ref.parse(ref, "ref"), Includes.parse(include, SegmentInclude.class)).respond(request);
    }
}
