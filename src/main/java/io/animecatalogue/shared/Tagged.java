package io.animecatalogue.shared;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import org.jboss.resteasy.reactive.RestResponse;

/** A representation together with its entity tag (see {@link EntityTags}). */
public record Tagged<T>(T body, EntityTag tag) {

    /** Cached copies must be revalidated, which a 304 makes cheap. */
    private static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    /** A 304 when the client's {@code If-None-Match} already names this representation, otherwise a 200 with it. */
    public RestResponse<T> respond(Request request) {
        var precondition = request.evaluatePreconditions(tag);
        if (precondition != null) {
            if (precondition.build().getStatus() == RestResponse.StatusCode.NOT_MODIFIED) {
                return RestResponse.ResponseBuilder.<T>notModified(tag).cacheControl(REVALIDATE).build();
            }
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "The If-Match header does not name the current version of this resource.");
        }
        return RestResponse.ResponseBuilder.ok(body).tag(tag).cacheControl(REVALIDATE).build();
    }
}
