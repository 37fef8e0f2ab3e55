package io.animecatalogue.shared;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;

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

    /**
     * {@link #respond}, declared as the API record the operation documents, whatever the body is: a document the
     * database rendered is sent as it was rendered.
     */
    @SuppressWarnings("unchecked")
    public <R> RestResponse<R> respondAs(Request request) {
        return (RestResponse<R>) (RestResponse<?>) respond(request);
    }

    /** The answer to a create: 201 with where the new resource lives, its ETag and its representation. */
    public RestResponse<T> created(URI location) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(body).tag(tag).build();
    }

    /** The answer to a replace or patch: 200 with the new representation and the ETag to send with the next change. */
    public RestResponse<T> written() {
        return RestResponse.ResponseBuilder.ok(body).tag(tag).build();
    }
}
