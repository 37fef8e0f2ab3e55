package io.animecatalogue.database;

/**
 * Pieces of SQL that render the API's JSON, shared by the read side's query classes. Objects are
 * {@code json_build_object} with the members in the order the API records declare them; the whitespace PostgreSQL
 * puts between them is dropped as the document arrives (see {@code shared.RenderedJson}).
 */
public final class SqlJson {

    private SqlJson() {
    }

    /** An instant as the API writes it (migration V12). */
    public static String instant(String column) {
        return "api_instant(" + column + ")";
    }

    /** An enumeration as the API spells it: the stored constant in lowercase ({@code BLU_RAY} is {@code blu_ray}). */
    public static String code(String column) {
        return "lower(" + column + ")";
    }

    /** An array of enumeration constants as codes. */
    public static String codes(String column) {
        return "array(select lower(u.code) from unnest(" + column + ") with ordinality as u(code, n) order by u.n)";
    }

    /**
     * A JSON array of one object per row, in order; {@code []} when there is none.
     *
     * @param object the object of one row
     * @param from   the rows: {@code from ... where ...}
     * @param order  their order, without the keywords
     */
    public static String array(String object, String from, String order) {
        return "coalesce((select json_agg(" + object + " order by " + order + ") " + from + "), '[]'::json)";
    }

    /** An object that is null when its row is missing (a left join found nothing). */
    public static String optional(String presentWhen, String object) {
        return "case when " + presentWhen + " then " + object + " end";
    }
}
