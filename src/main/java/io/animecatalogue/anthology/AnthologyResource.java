package io.animecatalogue.anthology;

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

@Path("/api/v1/anthologies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Anthologies", description = "Anthology films, OVAs and series, with their segments, staff and releases.")
public class AnthologyResource {

    @Inject
    AnthologyService anthologies;

    @GET
    @Operation(operationId = "listAnthologies", summary = "List anthologies",
            description = "All anthologies, in slug order, one page at a time. Each item carries its titles in every script, "
                    + "its kind and year: enough for a card.")
    public RestResponse<Page<AnthologySummary>> list(@BeanParam PageParameters page, @Context UriInfo uri) {
        return anthologies.list(page.toRequest()).toResponse(uri);
    }

    @GET
    @Path("/{ref}")
    @Operation(operationId = "getAnthology", summary = "Get an anthology",
            description = "One anthology, by id or slug. `include=segments,credits,releases` embeds its segments in running "
                    + "order with their staff, its own staff, and its home-video releases: a whole detail screen in one request.")
    public RestResponse<AnthologyDetail> get(
            @Parameter(description = "The anthology's id (a UUID) or slug.", example = "memories") @PathParam("ref") String ref,
            @Parameter(description = "Related resources to embed, comma-separated.", example = "[\"segments\", \"credits\", \"releases\"]",
                    style = ParameterStyle.FORM, explode = Explode.FALSE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AnthologyInclude.class))
            @QueryParam(Includes.PARAMETER) String include,
            @Context Request request) {
        return anthologies.get(Ref.parse(ref, "ref"), Includes.parse(include, AnthologyInclude.class)).respond(request);
    }
}
