package io.animecatalogue.shared;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A page of a list whose items the database rendered: the same envelope as {@link Page}, written around the items'
 * bytes. Operations declare {@code Page<...>} for the OpenAPI document and answer this.
 */
public record RenderedPage(List<RenderedJson> items, Page.Info info) {

    private static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    public RenderedJson json() {
        int size = 64;
        for (RenderedJson item : items) {
            size += item.size() + 1;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes("{\"items\":[".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(items.get(i).utf8());
        }
        // a cursor is base64url: nothing in it needs escaping
        String page = "],\"page\":{\"limit\":" + info.limit()
                + ",\"next\":" + (info.next() == null ? "null" : "\"" + info.next() + "\"")
                + ",\"total\":" + info.total() + "}}";
        out.writeBytes(page.getBytes(StandardCharsets.US_ASCII));
        return new RenderedJson(out.toByteArray());
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

    /**
     * The page with its ETag, or a 304 when the client's {@code If-None-Match} already names it: a client polling a
     * list it has cached gets no body until a row it shows, or the total, changes.
     *
     * @param json the page as sent: {@link #json()}, or that cut down by {@code fields}
     */
    public static <T> RestResponse<T> respond(RenderedPage page, RenderedJson json, EntityTag tag, UriInfo uri, Request request) {
        var precondition = request.evaluatePreconditions(tag);
        if (precondition != null && precondition.build().getStatus() == RestResponse.StatusCode.NOT_MODIFIED) {
            return RestResponse.ResponseBuilder.<T>notModified(tag).cacheControl(REVALIDATE).build();
        }
        return page.<T>builder(json, uri).tag(tag).cacheControl(REVALIDATE).build();
    }

    @SuppressWarnings("unchecked")
    private <T> RestResponse.ResponseBuilder<T> builder(RenderedJson json, UriInfo uri) {
        RestResponse.ResponseBuilder<T> response = (RestResponse.ResponseBuilder<T>) RestResponse.ResponseBuilder.ok(json);
        if (info.next() != null) {
            response.links(Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam(Cursor.PARAMETER, info.next()))
                    .rel("next").build());
        }
        return response;
    }
}
