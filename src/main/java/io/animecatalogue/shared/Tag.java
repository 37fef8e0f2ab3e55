package io.animecatalogue.shared;

/**
 * The opaque value of an entity tag (RFC 9110 8.8.3), without its quotes: which version of a representation this is.
 * Services and queries deal in these; the HTTP layer writes them as {@code ETag} and compares them with
 * {@code If-None-Match}.
 */
public record Tag(String value) {

    /** As the header carries it, between quotes. */
    public String quoted() {
        return "\"" + value + "\"";
    }
}
