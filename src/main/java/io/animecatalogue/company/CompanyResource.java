package io.animecatalogue.company;

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

@Path("/api/v1/companies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Companies", description = "Studios, producers, distributors and home-video publishers.")
public class CompanyResource {

    @Inject
    CompanyService companies;

    @GET
    @Operation(operationId = "listCompanies", summary = "List companies",
            description = "All companies, in slug order, one page at a time.")
    public RestResponse<Page<CompanyView>> list(@BeanParam PageParameters page, @Context UriInfo uri) {
        return companies.list(page.toRequest()).toResponse(uri);
    }

    @GET
    @Path("/{ref}")
    @Operation(operationId = "getCompany", summary = "Get a company", description = "One company, by id or slug.")
    public RestResponse<CompanyView> get(
            @Parameter(description = "The company's id (a UUID) or slug.", example = "madhouse") @PathParam("ref") String ref,
            @Context Request request) {
        return companies.get(Ref.parse(ref, "ref")).respond(request);
    }
}
