package io.animecatalogue.shared;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

/** The envelope of every list: the items, and how to get the next page. */
public record Page<T>(
        @Schema(description = "The items of this page, in the list's order.")
        List<T> items,
        @Schema(description = "Where this page sits in the whole list.")
        Info page) {

    @Schema(name = "PageInfo", description = "Paging information of a list response.",
            example = """
                    {"limit": 20, "next": "WyJuZW8tdG9reW8iLCIwMWEyMDFlZi1lYWVlLTdhYWItOTljNi1mMjczYzY5YjZmMTAiLCJLem5VUDQzZWxkUUJKSXNtIl0", "total": 57}""")
    public record Info(
            @Schema(description = "The page size that was applied.", example = "20")
            int limit,
            @Schema(description = "Cursor of the next page, to pass as `cursor`; null on the last page.",
                    example = "WyJuZW8tdG9reW8iLCIwMWEyMDFlZi1lYWVlLTdhYWItOTljNi1mMjczYzY5YjZmMTAiLCJLem5VUDQzZWxkUUJKSXNtIl0", nullable = true)
            String next,
            @Schema(description = "How many items the whole list holds; counted only when the request has `total=true`, "
                    + "otherwise null.", example = "57", nullable = true)
            Long total) {
    }

    /** A 200 carrying this page, with the next page's URL also in an RFC 8288 {@code Link} header. */
    public RestResponse<Page<T>> toResponse(UriInfo uri) {
        return builder(uri).build();
    }

    /**
     * The page with its ETag, or a 304 when the client's {@code If-None-Match} already names it: a client polling a
     * list it has cached gets no body until a row it shows, or the total, changes.
     */
    public static <T> RestResponse<Page<T>> respond(Tagged<Page<T>> tagged, UriInfo uri, Request request) {
        EntityTag tag = tagged.tag();
        CacheControl revalidate = CacheControl.valueOf("no-cache");
        var precondition = request.evaluatePreconditions(tag);
        if (precondition != null && precondition.build().getStatus() == RestResponse.StatusCode.NOT_MODIFIED) {
            return RestResponse.ResponseBuilder.<Page<T>>notModified(tag).cacheControl(revalidate).build();
        }
        return tagged.body().builder(uri).tag(tag).cacheControl(revalidate).build();
    }

    /** What a list's ETag varies with besides its rows: the list and every parameter of the request. */
    public static String variant(String list, UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        return list + "?" + (query == null ? "" : query);
    }

    private RestResponse.ResponseBuilder<Page<T>> builder(UriInfo uri) {
        RestResponse.ResponseBuilder<Page<T>> response = RestResponse.ResponseBuilder.ok(this);
        if (page.next() != null) {
            response.links(Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam(Cursor.PARAMETER, page.next()))
                    .rel("next").build());
        }
        return response;
    }
}
