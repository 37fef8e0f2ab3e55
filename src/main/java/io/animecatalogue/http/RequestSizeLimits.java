package io.animecatalogue.http;

import io.animecatalogue.shared.ProblemType;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * Limits on the request line and headers, answered with a problem. The HTTP layer's own limits
 * ({@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size}, 64 KiB each) sit far above these,
 * because it refuses with a bare status and no body; only what passes it reaches this filter, and what is over the
 * service's limits gets a 414 or 431 problem that says which limit.
 */
public class RequestSizeLimits {

    /** 8 KiB: a list URL with every filter, a sort and a cursor is a few hundred bytes. */
    public static final int MAX_URI_BYTES = 8 * 1024;
    /** 16 KiB: a bearer token is one or two. */
    public static final int MAX_HEADER_BYTES = 16 * 1024;

    @ServerRequestFilter(preMatching = true, priority = 10)
    public Response refuseOversized(HttpServerRequest request, UriInfo uri) {
        if (request.uri().length() > MAX_URI_BYTES) {
            return ProblemMapper.response(ProblemType.URI_TOO_LONG, "The request URI is longer than the "
                    + MAX_URI_BYTES / 1024 + " KiB this service reads.", List.of(), uri).build();
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            return ProblemMapper.response(ProblemType.HEADERS_TOO_LARGE, "The request headers are larger than the "
                    + MAX_HEADER_BYTES / 1024 + " KiB this service reads.", List.of(), uri).build();
        }
        return null;
    }
}
