package io.animecatalogue.shared;



/**
 * A representation together with its entity tag (see {@link EntityTags}); the HTTP layer answers with both
 * ({@code http.Responses}).
 */
public record Tagged<T>(T body, Tag tag) {
}
