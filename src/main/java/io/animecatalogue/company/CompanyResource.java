package io.animecatalogue.company;

import io.animecatalogue.http.Responses;
import io.animecatalogue.shared.TaggedPage;
import io.animecatalogue.http.OpenApiTexts;
import io.animecatalogue.shared.Page;
import io.animecatalogue.http.PageParameters;
import io.animecatalogue.shared.Ref;
import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.JsonNode;
import io.animecatalogue.auth.Roles;
import io.animecatalogue.shared.IfMatch;
import io.animecatalogue.shared.MergePatch;
import io.animecatalogue.shared.Tagged;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/companies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Companies", description = "Studios, producers, distributors and home-video publishers.")
public class CompanyResource {

    @Inject
    CompanyService companies;

    @Inject
    CompanyQueries queries;

    @GET
    @Operation(operationId = "listCompanies", summary = "List companies",
            description = "All companies, in slug order, one page at a time.")
    @APIResponse(responseCode = "200", description = OpenApiTexts.PAGE, headers = {@Header(name = "Link", ref = "Link"),
            @Header(name = "ETag", ref = "ETag"), @Header(name = "Cache-Control", ref = "Cache-Control")})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "InvalidParameter")
    @SecurityRequirements
    public RestResponse<Page<CompanyView>> list(@BeanParam PageParameters page, @Context UriInfo uri,
                                                @Context Request request) {
        TaggedPage listed = queries.page(page.toRequest(), Responses.variant("companies", uri));
        return Responses.page(listed, uri, request);
    }

    @GET
    @Path("/{ref}")
    @Operation(operationId = "getCompany", summary = "Get a company", description = "One company, by id or slug.")
    @APIResponse(responseCode = "200", description = OpenApiTexts.RESOURCE,
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Cache-Control", ref = "Cache-Control")})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "InvalidParameter")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @SecurityRequirements
    public RestResponse<CompanyView> get(
            @Parameter(description = "The company's id (a UUID) or slug.", example = "madhouse") @PathParam("ref") String ref,
            @Context Request request) {
        return Responses.readAs(queries.detail(Ref.parse(ref, "ref")), request);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCompany", summary = "Create a company",
            description = "Adds a company. Without a `slug`, one is derived from the name.")
    @APIResponse(responseCode = "201", description = OpenApiTexts.CREATED,
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompanyView.class)))
    @APIResponse(responseCode = "400", ref = "InvalidBody")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public RestResponse<CompanyView> create(
            @RequestBody(description = OpenApiTexts.NEW_RESOURCE) CompanyInput body, @Context UriInfo uri) {
        Tagged<CompanyView> created = companies.create(body);
        return Responses.created(created, uri.getAbsolutePathBuilder().path(created.body().id().toString()).build());
    }

    @PUT
    @Path("/{ref}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceCompany", summary = "Replace a company",
            description = "Replaces every member of the company with the body's. Needs `If-Match`.")
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
    public RestResponse<CompanyView> replace(
            @Parameter(description = "The company's id (a UUID) or slug.", example = "madhouse") @PathParam("ref") String ref,
            @Parameter(required = true, description = OpenApiTexts.IF_MATCH, example = OpenApiTexts.ETAG_EXAMPLE)
            @HeaderParam(IfMatch.HEADER) String ifMatch,
            @RequestBody(description = OpenApiTexts.WHOLE_RESOURCE) CompanyInput body) {
        return Responses.written(companies.replace(Ref.parse(ref, "ref"), IfMatch.of(ifMatch), body));
    }

    @PATCH
    @Path("/{ref}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchCompany", summary = "Change some members of a company",
            description = "Applies a JSON Merge Patch (RFC 7396): members given replace the company's, `null` clears one. "
                    + "Needs `If-Match`.")
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
    public RestResponse<CompanyView> patch(
            @Parameter(description = "The company's id (a UUID) or slug.", example = "madhouse") @PathParam("ref") String ref,
            @Parameter(required = true, description = OpenApiTexts.IF_MATCH, example = OpenApiTexts.ETAG_EXAMPLE)
            @HeaderParam(IfMatch.HEADER) String ifMatch,
            @RequestBody(description = "The members to change.", content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.OBJECT, description = "Members of CompanyInput; null removes a value."),
                    example = "{\"websiteUrl\": \"https://www.madhouse.co.jp/\"}"))
            JsonNode body) {
        return Responses.written(companies.patch(Ref.parse(ref, "ref"), IfMatch.of(ifMatch), body));
    }

    @DELETE
    @Path("/{ref}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "deleteCompany", summary = "Delete a company",
            description = "Deletes a company that nothing refers to. A company still listed by an anthology, as a segment's "
                    + "studio or as a release's publisher is not deleted (409, naming them): change those first. Needs `If-Match`.")
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
            @Parameter(description = "The company's id (a UUID) or slug.", example = "madhouse") @PathParam("ref") String ref,
            @Parameter(required = true, description = OpenApiTexts.IF_MATCH, example = OpenApiTexts.ETAG_EXAMPLE)
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        companies.delete(Ref.parse(ref, "ref"), IfMatch.of(ifMatch));
    }
}
