package io.animecatalogue.audit;

import io.animecatalogue.http.Responses;
import io.animecatalogue.shared.TaggedPage;
import jakarta.ws.rs.core.Request;
import io.animecatalogue.auth.Roles;
import io.animecatalogue.http.OpenApiTexts;
import io.animecatalogue.shared.Page;
import io.animecatalogue.http.PageParameters;
import io.animecatalogue.shared.ProblemException;
import io.animecatalogue.shared.Ref;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.Optional;
import java.util.UUID;

@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, and when. Editors only.")
public class AuditResource {

    @Inject
    AuditQueries queries;

    @GET
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "listAuditEvents", summary = "List audit events",
            description = "Every write to the catalogue, newest first, one page at a time; with `resource`, only the "
                    + "writes to that resource. Needs the `editor` role.")
    @APIResponse(responseCode = "200", description = OpenApiTexts.PAGE, headers = {@Header(name = "Link", ref = "Link"),
            @Header(name = "ETag", ref = "ETag"), @Header(name = "Cache-Control", ref = "Cache-Control")})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "InvalidParameter")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public RestResponse<Page<AuditEventView>> list(
            @Parameter(description = "Only the events about the resource with this id.", example = "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c")
            @QueryParam("resource") String resource,
            @BeanParam PageParameters page, @Context UriInfo uri, @Context Request request) {
        TaggedPage listed = queries.page(Optional.ofNullable(resource).map(AuditResource::resourceId), page.toRequest(),
                Responses.variant("audit", uri));
        return Responses.page(listed, uri, request);
    }

    private static UUID resourceId(String raw) {
        if (Ref.UUID_PATTERN.matcher(raw).matches()) {
            return UUID.fromString(raw);
        }
        throw ProblemException.invalidParameter("resource", "must be the id (a UUID) of a resource");
    }
}
