package io.animecatalogue.person;

import io.animecatalogue.http.Responses;
import com.fasterxml.jackson.databind.JsonNode;
import io.animecatalogue.auth.Roles;
import io.animecatalogue.shared.IfMatch;
import io.animecatalogue.shared.MergePatch;
import io.animecatalogue.http.OpenApiTexts;
import io.animecatalogue.shared.Page;
import io.animecatalogue.http.PageParameters;
import io.animecatalogue.shared.PageRequest;
import io.animecatalogue.shared.TaggedPage;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.Tagged;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Directors, writers, composers and everyone else credited.")
public class PersonResource {

    private static final String RULES = "A year left out is taken from the date given with it, and a year given with a "
            + "date must be that date's year. Birth and death may not lie in the future, and death may not come before "
            + "birth. Every broken rule is reported in one 400, each with a pointer to its member. A slug or an external "
            + "id that is already another person's is refused with 409.";

    @Inject
    PersonService people;

    @Inject
    PersonQueries queries;

    @GET
    @Operation(operationId = "listPeople", summary = "List people",
            description = "The people, one page at a time, in slug order unless `sort` says otherwise. Filters combine: a "
                    + "person is listed when they match all of them. The `ETag` covers every row the page shows and its "
                    + "total; revalidate with `If-None-Match`.")
    @APIResponse(responseCode = "200", description = OpenApiTexts.PAGE, headers = {@Header(name = "Link", ref = "Link"),
            @Header(name = "ETag", ref = "ETag"), @Header(name = "Cache-Control", ref = "Cache-Control")})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "InvalidParameter")
    @SecurityRequirements
    public RestResponse<Page<PersonView>> list(@BeanParam PageParameters page, @BeanParam PersonListParameters parameters,
                                               @Context UriInfo uri, @Context Request request) {
        PageRequest pageRequest = page.toRequest();
        TaggedPage listed = queries.page(parameters::criteria, pageRequest, Responses.variant("people", uri));
        return Responses.page(listed, uri, request);
    }

    @GET
    @Path("/{ref}")
    @Operation(operationId = "getPerson", summary = "Get a person", description = "One person, by id or slug.")
    @APIResponse(responseCode = "200", description = OpenApiTexts.RESOURCE,
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Cache-Control", ref = "Cache-Control")})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "InvalidParameter")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @SecurityRequirements
    public RestResponse<PersonView> get(
            @Parameter(description = "The person's id (a UUID) or slug.", example = "satoshi-kon") @PathParam("ref") String ref,
            @Context Request request) {
        return Responses.readAs(queries.detail(Ref.parse(ref, "ref")), request);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPerson", summary = "Create a person",
            description = "Adds a person. Without a `slug`, one is derived from the name. " + RULES)
    @APIResponse(responseCode = "201", description = OpenApiTexts.CREATED,
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "400", ref = "InvalidBody")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public RestResponse<PersonView> create(
            @RequestBody(description = OpenApiTexts.NEW_RESOURCE) PersonInput body, @Context UriInfo uri) {
        Tagged<PersonView> created = people.create(body);
        return Responses.created(created, uri.getAbsolutePathBuilder().path(created.body().id().toString()).build());
    }

    @PUT
    @Path("/{ref}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replacePerson", summary = "Replace a person",
            description = "Replaces every member of the person with the body's; without a `slug`, the person keeps theirs. "
                    + RULES + " Needs `If-Match`.")
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
    public RestResponse<PersonView> replace(
            @Parameter(description = "The person's id (a UUID) or slug.", example = "satoshi-kon") @PathParam("ref") String ref,
            @Parameter(required = true, description = OpenApiTexts.IF_MATCH, example = OpenApiTexts.ETAG_EXAMPLE)
            @HeaderParam(IfMatch.HEADER) String ifMatch,
            @RequestBody(description = OpenApiTexts.WHOLE_RESOURCE) PersonInput body) {
        return Responses.written(people.replace(Ref.parse(ref, "ref"), IfMatch.of(ifMatch), body));
    }

    @PATCH
    @Path("/{ref}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchPerson", summary = "Change some members of a person",
            description = "Applies a JSON Merge Patch (RFC 7396): members given replace the person's, `null` clears one. "
                    + "The patched person must obey the rules of a replace: " + RULES + " Needs `If-Match`.")
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
    public RestResponse<PersonView> patch(
            @Parameter(description = "The person's id (a UUID) or slug.", example = "satoshi-kon") @PathParam("ref") String ref,
            @Parameter(required = true, description = OpenApiTexts.IF_MATCH, example = OpenApiTexts.ETAG_EXAMPLE)
            @HeaderParam(IfMatch.HEADER) String ifMatch,
            @RequestBody(description = "The members to change.", content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.OBJECT, description = "Members of PersonInput; null removes a value."),
                    example = "{\"deathDate\": \"2010-08-24\", \"deathYear\": 2010}"))
            JsonNode body) {
        return Responses.written(people.patch(Ref.parse(ref, "ref"), IfMatch.of(ifMatch), body));
    }

    @DELETE
    @Path("/{ref}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "deletePerson", summary = "Delete a person",
            description = "Deletes a person nobody credits. A person still credited on an anthology or one of its segments "
                    + "is not deleted (409, naming the anthologies): delete or reassign those credits first. Needs `If-Match`.")
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
            @Parameter(description = "The person's id (a UUID) or slug.", example = "satoshi-kon") @PathParam("ref") String ref,
            @Parameter(required = true, description = OpenApiTexts.IF_MATCH, example = OpenApiTexts.ETAG_EXAMPLE)
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        people.delete(Ref.parse(ref, "ref"), IfMatch.of(ifMatch));
    }
}
