package io.animecatalogue.http;

import io.animecatalogue.shared.ProblemType;
import io.animecatalogue.shared.ProblemException;
import io.animecatalogue.shared.JsonLimits;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a request body larger than the operation accepts before reading it, when its {@code Content-Length} says
 * so. A body sent without one is cut off at the same size while it is read: by the JSON parser for edits
 * ({@link JsonLimits}), by {@link #limited} for imports.
 */
public class BodyLimit {

    /** 1 MiB: an anthology with a hundred segments and all their staff is a few dozen kilobytes. */
    public static final long MAX_BYTES = JsonLimits.MAX_DOCUMENT_BYTES;
    /** 1 GiB: a catalogue of 100,000 anthologies with all their segments and staff is about 300 MB. */
    public static final long IMPORT_MAX_BYTES = 1024L * 1024 * 1024;
    /** The one path that takes files rather than edits. */
    public static final String IMPORT_PATH = "/api/v1/import";

    @ServerRequestFilter(preMatching = true)
    public void rejectOversized(HttpHeaders headers, UriInfo uri) {
        String length = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        long limit = uri.getPath().equals(IMPORT_PATH) ? IMPORT_MAX_BYTES : MAX_BYTES;
        if (length != null && isOver(length, limit)) {
            throw tooLarge(limit);
        }
    }

    /** The body, failing with a 413 problem once more than {@code limit} bytes have been read from it. */
    public static InputStream limited(InputStream body, long limit) {
        return new FilterInputStream(body) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? -1 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(n);
                return n;
            }

            private void count(int n) {
                if (n > 0 && (read += n) > limit) {
                    throw tooLarge(limit);
                }
            }
        };
    }

    static ProblemException tooLarge() {
        return tooLarge(MAX_BYTES);
    }

    private static ProblemException tooLarge(long limit) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than the "
                + (limit >= 1024 * 1024 * 1024 ? limit / (1024 * 1024 * 1024) + " GiB" : limit / 1024 + " KiB")
                + " this operation accepts.");
    }

    private static boolean isOver(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer has already refused a malformed Content-Length
        }
    }
}
