package io.animecatalogue.shared;

import jakarta.ws.rs.core.EntityTag;

import java.util.Arrays;

/**
 * The {@code If-Match} precondition every change of an existing resource must carry. Without it two editors who both
 * loaded version 3 could each save over the other; with it the second one gets a 412 and reloads. A change sent
 * without the header is refused with 428 rather than applied blindly, so that no client can lose an edit by omission.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private final String header;

    private IfMatch(String header) {
        this.header = header;
    }

    public static IfMatch of(String header) {
        return new IfMatch(header == null || header.isBlank() ? null : header.trim());
    }

    /** Passes when the header names {@code current} (strong comparison, RFC 9110 13.1.1) or is {@code *}. */
    public void check(EntityTag current) {
        if (header == null) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "Changes need an If-Match header with the ETag "
                    + "of the version you are changing (from your last GET or write of it), so that they cannot overwrite "
                    + "someone else's change unseen.");
        }
        if (header.equals("*")) {
            return;
        }
        String expected = "\"" + current.getValue() + "\"";
        boolean matches = Arrays.stream(header.split(","))
                .map(String::trim)
                .anyMatch(expected::equals);
        if (!matches) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "The resource has changed since the version "
                    + "If-Match names; nothing was written. Read it again, reapply your change and send the new ETag.");
        }
    }
}
