package io.animecatalogue.anthology;

/**
 * An anthology's releases as its documents embed them ({@code include=releases}). Releases refer to anthologies, so
 * the release module implements this, and this module renders releases without depending on that one.
 */
public interface ReleasesOfAnthology {

    /** A SQL expression: the JSON array of the releases of anthology row {@code a}, oldest first. */
    String json(String a);

    /** A SQL query of the (id, version) of every row those releases show, for the ETag of what embeds them. */
    String tagRows(String a);
}
