package io.animecatalogue.person;

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

@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Directors, writers, composers and everyone else credited.")
public class PersonResource {

    @Inject
    PersonService people;

    @GET
    @Operation(operationId = "listPeople", summary = "List people", description = "All people, in slug order, one page at a time.")
    public RestResponse<Page<PersonView>> list(@BeanParam PageParameters page, @Context UriInfo uri) {
        return people.list(page.toRequest()).toResponse(uri);
    }

    @GET
    @Path("/{ref}")
    @Operation(operationId = "getPerson", summary = "Get a person", description = "One person, by id or slug.")
    public RestResponse<PersonView> get(
            @Parameter(description = "The person's id (a UUID) or slug.", example = "satoshi-kon") @PathParam("ref") String ref,
            @Context Request request) {
        return people.get(Ref.parse(ref, "ref")).respond(request);
    }
}
