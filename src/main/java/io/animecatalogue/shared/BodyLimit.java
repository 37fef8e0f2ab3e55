package io.animecatalogue.shared;

import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request body larger than any edit needs before reading it, when its {@code Content-Length} says so; a body
 * sent without one is cut off by the JSON parser at the same size ({@link JsonLimits}).
 */
public class BodyLimit {

    /** 1 MiB: an anthology with a hundred segments and all their staff is a few dozen kilobytes. */
    public static final long MAX_BYTES = 1024 * 1024;

    @ServerRequestFilter(preMatching = true)
    public void rejectOversized(HttpHeaders headers) {
        String length = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length)) {
            throw tooLarge();
        }
    }

    static ProblemException tooLarge() {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than the " + MAX_BYTES / 1024 + " KiB this API accepts.");
    }

    private static boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > MAX_BYTES;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer has already refused a malformed Content-Length
        }
    }
}
