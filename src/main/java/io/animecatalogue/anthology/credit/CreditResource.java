package io.animecatalogue.anthology.credit;

import io.animecatalogue.http.Responses;
import com.fasterxml.jackson.databind.JsonNode;
import io.animecatalogue.auth.Roles;
import io.animecatalogue.shared.IfMatch;
import io.animecatalogue.shared.MergePatch;
import io.animecatalogue.http.OpenApiTexts;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.Tagged;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

@Path("/api/v1/credits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credits", description = "Who did what on an anthology or one of its segments.")
public class CreditResource {

    private static final String ID_EXAMPLE = "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c";

    @Inject
    CreditService credits;

    @Inject
    CreditQueries queries;

    @GET
    @Path("/{ref}")
    @Operation(operationId = "getCredit", summary = "Get a credit", description = "One credit, by id (credits have no slug).")
    @APIResponse(responseCode = "200", description = OpenApiTexts.RESOURCE,
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Cache-Control", ref = "Cache-Control")})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "InvalidParameter")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @SecurityRequirements
    public RestResponse<CreditDetail> get(
            @Parameter(description = "The credit's id.", example = ID_EXAMPLE) @PathParam("ref") String ref,
            @Context Request request) {
        return Responses.readAs(queries.detail(Ref.parse(ref, "ref")), request);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCredit", summary = "Credit a person",
            description = "Credits a person in a role on an anthology as a whole or on one segment (exactly one of the two). "
                    + "The same person in the same role on the same anthology or segment is a 409. Without `order`, the credit "
                    + "is billed last; with it, later credits move down one place.")
    @APIResponse(responseCode = "201", description = OpenApiTexts.CREATED,
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CreditDetail.class)))
    @APIResponse(responseCode = "400", ref = "InvalidBody")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public RestResponse<CreditDetail> create(
            @RequestBody(description = OpenApiTexts.NEW_RESOURCE) CreditInput body, @Context UriInfo uri) {
        Tagged<CreditDetail> created = credits.create(body);
        return Responses.created(created, uri.getAbsolutePathBuilder().path(created.body().id().toString()).build());
    }

    @PUT
    @Path("/{ref}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceCredit", summary = "Replace a credit",
            description = "Replaces the credit's person, role, owner, note and place. Moving it to another anthology or "
                    + "segment, or to another place, moves the credits around it to keep billing order without gaps. Needs `If-Match`.")
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
    public RestResponse<CreditDetail> replace(
            @Parameter(description = "The credit's id.", example = ID_EXAMPLE) @PathParam("ref") String ref,
            @Parameter(required = true, description = OpenApiTexts.IF_MATCH, example = OpenApiTexts.ETAG_EXAMPLE)
            @HeaderParam(IfMatch.HEADER) String ifMatch,
            @RequestBody(description = OpenApiTexts.WHOLE_RESOURCE) CreditInput body) {
        return Responses.written(credits.replace(Ref.parse(ref, "ref"), IfMatch.of(ifMatch), body));
    }

    @PATCH
    @Path("/{ref}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchCredit", summary = "Change some members of a credit",
            description = "Applies a JSON Merge Patch (RFC 7396) to the credit as `CreditInput` shows it; `{\"order\": 1}` "
                    + "bills it first. Needs `If-Match`.")
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
    public RestResponse<CreditDetail> patch(
            @Parameter(description = "The credit's id.", example = ID_EXAMPLE) @PathParam("ref") String ref,
            @Parameter(required = true, description = OpenApiTexts.IF_MATCH, example = OpenApiTexts.ETAG_EXAMPLE)
            @HeaderParam(IfMatch.HEADER) String ifMatch,
            @RequestBody(description = "The members to change.", content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.OBJECT, description = "Members of CreditInput; null removes a value."),
                    example = "{\"order\": 1}"))
            JsonNode body) {
        return Responses.written(credits.patch(Ref.parse(ref, "ref"), IfMatch.of(ifMatch), body));
    }

    @DELETE
    @Path("/{ref}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "deleteCredit", summary = "Delete a credit",
            description = "Deletes the credit; the credits billed after it move up one place. Needs `If-Match`.")
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
            @Parameter(description = "The credit's id.", example = ID_EXAMPLE) @PathParam("ref") String ref,
            @Parameter(required = true, description = OpenApiTexts.IF_MATCH, example = OpenApiTexts.ETAG_EXAMPLE)
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        credits.delete(Ref.parse(ref, "ref"), IfMatch.of(ifMatch));
    }
}
