package io.animecatalogue.database;

import io.animecatalogue.shared.EntityTags;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The rows an ETag is made of, read in the statement that renders the document: a lateral join that gathers the
 * {@code (id, version)} of every row the document shows into the columns {@code ids} and {@code versions}, which
 * {@link #note} adds to the tags, so that a document read through the read side has the same ETag as the one a
 * write computes from its entities.
 */
public final class TagRows {

    private TagRows() {
    }

    /**
     * @param rows  a statement selecting {@code (id, version)} pairs
     * @param alias the join's alias
     * @param when  when to gather them ({@code true}, or a condition that spares rows that need none: inside the
     *              subquery, where PostgreSQL checks it before reading any row, rather than as the join's condition)
     */
    public static String lateral(String rows, String alias, String when) {
        return "left join lateral (select array_agg(t.id) as ids, array_agg(t.version) as versions from (" + rows + ") t "
                + "where " + when + ") " + alias + " on true";
    }

    /** Notes the rows of a result row's {@code ids} and {@code versions} columns, which list them pairwise. */
    public static void note(ResultSet row, EntityTags tags) throws SQLException {
        Array ids = row.getArray("ids");
        if (ids == null) {
            return;
        }
        UUID[] idValues = (UUID[]) ids.getArray();
        Long[] versions = (Long[]) row.getArray("versions").getArray();
        for (int i = 0; i < idValues.length; i++) {
            tags.add(idValues[i], versions[i]);
        }
    }
}
