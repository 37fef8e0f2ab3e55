package io.animecatalogue.anthology;

import io.animecatalogue.http.Responses;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.animecatalogue.auth.Roles;
import io.animecatalogue.http.Fields;
import io.animecatalogue.shared.IfMatch;
import io.animecatalogue.shared.Includes;
import io.animecatalogue.shared.MergePatch;
import io.animecatalogue.http.OpenApiTexts;
import io.animecatalogue.shared.Tagged;
import io.animecatalogue.shared.TaggedPage;
import jakarta.annotation.security.RolesAllowed;
import io.animecatalogue.shared.Page;
import io.animecatalogue.http.PageParameters;
import io.animecatalogue.shared.PageRequest;
import io.animecatalogue.shared.RenderedJson;
import io.animecatalogue.shared.Ref;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
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

@Path("/api/v1/anthologies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Anthologies", description = "Anthology films, OVAs and series, with their segments, staff and releases.")
public class AnthologyResource {

    @Inject
    AnthologyService anthologies;

    @Inject
    AnthologyQueries queries;

    @Inject
    AnthologyListQueries lists;

    @Inject
    ObjectMapper json;

    @GET
    @Operation(operationId = "listAnthologies", summary = "List anthologies",
            description = "The anthologies, one page at a time, in slug order unless `sort` says otherwise. Each item carries "
                    + "its titles in every script, its kind and year: enough for a card; `include` embeds more in each. "
                    + "Filters combine: an anthology is listed when it matches all of them. The `ETag` covers every row the "
                    + "page shows and its total; revalidate with `If-None-Match`.")
    @APIResponse(responseCode = "200", description = OpenApiTexts.PAGE, headers = {@Header(name = "Link", ref = "Link"),
            @Header(name = "ETag", ref = "ETag"), @Header(name = "Cache-Control", ref = "Cache-Control")})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "InvalidParameter")
    @SecurityRequirements
    public RestResponse<Page<AnthologySummary>> list(@BeanParam PageParameters page, @BeanParam AnthologyListParameters parameters,
                                                     @Context UriInfo uri, @Context Request request) {
        Fields fields = Fields.parse(parameters.fields, AnthologySummary.class);
        PageRequest pageRequest = page.toRequest();
        TaggedPage listed = lists.page(parameters::criteria, pageRequest, Responses.variant("anthologies", uri));
        return Responses.page(listed, fields.apply(listed.page().json(), true, json), uri, request);
    }

    @GET
    @Path("/{ref}")
    @Operation(operationId = "getAnthology", summary = "Get an anthology",
            description = "One anthology, by id or slug. `include=segments,credits,releases` embeds its segments in running "
                    + "order with their staff, its own staff, and its home-video releases: a whole detail screen in one request.")
    @APIResponse(responseCode = "200", description = OpenApiTexts.RESOURCE,
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Cache-Control", ref = "Cache-Control")})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "InvalidParameter")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @SecurityRequirements
    public RestResponse<AnthologyDetail> get(
            @Parameter(description = "The anthology's id (a UUID) or slug.", example = "memories") @PathParam("ref") String ref,
            @Parameter(description = "Related resources to embed, comma-separated.", example = "[\"segments\", \"credits\", \"releases\"]",
                    style = ParameterStyle.FORM, explode = Explode.FALSE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AnthologyInclude.class))
            @QueryParam(Includes.PARAMETER) String include,
            @Parameter(description = "Only these members of the anthology, such as `title,synopsis,segments.title`. " + Fields.RULES,
                    example = "title,titleNative,synopsis")
            @QueryParam(Fields.PARAMETER) String fields,
            @Context Request request) {
        Fields chosen = Fields.parse(fields, AnthologyDetail.class);
        Tagged<RenderedJson> detail = queries.detail(Ref.parse(ref, "ref"), Includes.parse(include, AnthologyInclude.class));
        return Responses.readAs(new Tagged<>(chosen.apply(detail.body(), false, json), detail.tag()), request);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAnthology", summary = "Create an anthology",
            description = "Adds an anthology, and in the same request its companies, its own staff (`credits`) and its "
                    + "segments with theirs: all of it or, when anything is wrong, none of it. Without a `slug`, one is "
                    + "derived from the title. The answer is the anthology; `GET` it with `include=segments,credits` to see "
                    + "the rest.")
    @APIResponse(responseCode = "201", description = OpenApiTexts.CREATED,
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnthologyDetail.class)))
    @APIResponse(responseCode = "400", ref = "InvalidBody")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public RestResponse<AnthologyDetail> create(
            @RequestBody(description = OpenApiTexts.NEW_RESOURCE) AnthologyInput body, @Context UriInfo uri) {
        Tagged<AnthologyDetail> created = anthologies.create(body);
        return Responses.created(created, uri.getAbsolutePathBuilder().path(created.body().id().toString()).build());
    }

    @PUT
    @Path("/{ref}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceAnthology", summary = "Replace an anthology",
            description = "Replaces the anthology's own members and its companies with the body's. Segments and credits "
                    + "are changed through their own resources and must be left out. Needs `If-Match`.")
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
    public RestResponse<AnthologyDetail> replace(
            @Parameter(description = "The anthology's id (a UUID) or slug.", example = "memories") @PathParam("ref") String ref,
            @Parameter(required = true, description = OpenApiTexts.IF_MATCH, example = OpenApiTexts.ETAG_EXAMPLE)
            @HeaderParam(IfMatch.HEADER) String ifMatch,
            @RequestBody(description = OpenApiTexts.WHOLE_RESOURCE) AnthologyInput body) {
        return Responses.written(anthologies.replace(Ref.parse(ref, "ref"), IfMatch.of(ifMatch), body));
    }

    @PATCH
    @Path("/{ref}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchAnthology", summary = "Change some members of an anthology",
            description = "Applies a JSON Merge Patch (RFC 7396) to the anthology as `AnthologyInput` shows it: members "
                    + "given replace the anthology's, `null` clears one, and `companies`, like any array, is replaced whole. "
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
    public RestResponse<AnthologyDetail> patch(
            @Parameter(description = "The anthology's id (a UUID) or slug.", example = "memories") @PathParam("ref") String ref,
            @Parameter(required = true, description = OpenApiTexts.IF_MATCH, example = OpenApiTexts.ETAG_EXAMPLE)
            @HeaderParam(IfMatch.HEADER) String ifMatch,
            @RequestBody(description = "The members to change.", content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.OBJECT, description = "Members of AnthologyInput; null removes a value."),
                    example = "{\"runtimeMinutes\": 113}"))
            JsonNode body) {
        return Responses.written(anthologies.patch(Ref.parse(ref, "ref"), IfMatch.of(ifMatch), body));
    }

    @DELETE
    @Path("/{ref}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteAnthology", summary = "Delete an anthology",
            description = "Deletes the anthology with its segments and all their credits; needs the `admin` role, since "
                    + "that is a lot of work to lose. An anthology that still has releases is not deleted (409, naming "
                    + "them): delete those first. Needs `If-Match`.")
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
            @Parameter(description = "The anthology's id (a UUID) or slug.", example = "memories") @PathParam("ref") String ref,
            @Parameter(required = true, description = OpenApiTexts.IF_MATCH, example = OpenApiTexts.ETAG_EXAMPLE)
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        anthologies.delete(Ref.parse(ref, "ref"), IfMatch.of(ifMatch));
    }
}
