package io.animecatalogue.credit;

import io.animecatalogue.database.SqlJson;
import io.animecatalogue.person.PersonQueries;

/** The read side of credits: the SQL that renders them. */
public final class CreditQueries {

    private CreditQueries() {
    }

    /** {@link CreditView} of the credit row {@code c} with its person row {@code p}. */
    public static String view(String c, String p) {
        return "json_build_object('id', %1$s.id, 'role', %2$s, 'person', %3$s, 'note', %1$s.note, 'order', %1$s.position)"
                .formatted(c, SqlJson.code(c + ".role"), PersonQueries.ref(p));
    }

    /**
     * The credits that {@code where} selects (of the credit row {@code c}), as a JSON array in billing order.
     *
     * @param where a condition on {@code c}, such as {@code c.segment_id = s.id}
     */
    public static String list(String where) {
        return SqlJson.array(view("c", "p"), "from credit c join person p on p.id = c.person_id where " + where, "c.position, c.id");
    }

    /** The (id, version) of the credits {@code where} selects and of their people, for an ETag. */
    public static String tagRows(String where) {
        return "select c.id, c.version from credit c where " + where
                + " union all select p.id, p.version from credit c join person p on p.id = c.person_id where " + where;
    }
}
