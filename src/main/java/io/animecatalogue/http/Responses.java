package io.animecatalogue.http;

import io.animecatalogue.shared.Cursor;
import io.animecatalogue.shared.ProblemException;
import io.animecatalogue.shared.ProblemType;
import io.animecatalogue.shared.RenderedJson;
import io.animecatalogue.shared.Tag;
import io.animecatalogue.shared.Tagged;
import io.animecatalogue.shared.TaggedPage;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;

/**
 * How a resource answers with what a service or a query returned: the representation with its ETag, a 304 when the
 * client already has it, and for a list the link to its next page.
 */
public final class Responses {

    /** Cached copies must be revalidated, which a 304 makes cheap. */
    private static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    private Responses() {
    }

    /** A 304 when the client's {@code If-None-Match} already names this representation, otherwise a 200 with it. */
    public static <T> RestResponse<T> read(Tagged<T> tagged, Request request) {
        EntityTag tag = entityTag(tagged.tag());
        var precondition = request.evaluatePreconditions(tag);
        if (precondition != null) {
            if (precondition.build().getStatus() == RestResponse.StatusCode.NOT_MODIFIED) {
                return RestResponse.ResponseBuilder.<T>notModified(tag).cacheControl(REVALIDATE).build();
            }
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "The If-Match header does not name the current version of this resource.");
        }
        return RestResponse.ResponseBuilder.ok(tagged.body()).tag(tag).cacheControl(REVALIDATE).build();
    }

    /**
     * {@link #read}, declared as the API record the operation documents, whatever the body is: a document the
     * database rendered is sent as it was rendered.
     */
    @SuppressWarnings("unchecked")
    public static <R> RestResponse<R> readAs(Tagged<?> tagged, Request request) {
        return (RestResponse<R>) (RestResponse<?>) read(tagged, request);
    }

    /** The answer to a create: 201 with where the new resource lives, its ETag and its representation. */
    public static <T> RestResponse<T> created(Tagged<T> tagged, URI location) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(tagged.body()).tag(entityTag(tagged.tag())).build();
    }

    /** The answer to a replace or patch: 200 with the new representation and the ETag to send with the next change. */
    public static <T> RestResponse<T> written(Tagged<T> tagged) {
        return RestResponse.ResponseBuilder.ok(tagged.body()).tag(entityTag(tagged.tag())).build();
    }

    /**
     * What a list's ETag varies with besides its rows: the list and every parameter of the request.
     *
     * @param list the list's name, or the path of a sub-collection (an anthology's segments)
     */
    public static String variant(String list, UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        return list + "?" + (query == null ? "" : query);
    }

    /** {@link #page(TaggedPage, RenderedJson, UriInfo, Request)} with the page as rendered. */
    public static <T> RestResponse<T> page(TaggedPage listed, UriInfo uri, Request request) {
        return page(listed, listed.page().json(), uri, request);
    }

    /**
     * The page with its ETag, or a 304 when the client's {@code If-None-Match} already names it: a client polling a
     * list it has cached gets no body until a row it shows, or the total, changes. The next page's URL is in an
     * RFC 8288 {@code Link} header.
     *
     * @param json the page as sent: as rendered, or cut down by {@code fields}
     */
    @SuppressWarnings("unchecked")
    public static <T> RestResponse<T> page(TaggedPage listed, RenderedJson json, UriInfo uri, Request request) {
        EntityTag tag = entityTag(listed.tag());
        var precondition = request.evaluatePreconditions(tag);
        if (precondition != null && precondition.build().getStatus() == RestResponse.StatusCode.NOT_MODIFIED) {
            return RestResponse.ResponseBuilder.<T>notModified(tag).cacheControl(REVALIDATE).build();
        }
        RestResponse.ResponseBuilder<T> response = (RestResponse.ResponseBuilder<T>) RestResponse.ResponseBuilder.ok(json);
        String next = listed.page().info().next();
        if (next != null) {
            response.links(Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam(Cursor.PARAMETER, next))
                    .rel("next").build());
        }
        return response.tag(tag).cacheControl(REVALIDATE).build();
    }

    private static EntityTag entityTag(Tag tag) {
        return new EntityTag(tag.value());
    }
}
