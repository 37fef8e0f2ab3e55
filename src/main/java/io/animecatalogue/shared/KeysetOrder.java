package io.animecatalogue.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The total order a list is paged in by keyset: the expressions that sort it, the condition that continues after a
 * cursor, and the cursor that continues after a row. {@link Sort} is the one a client chooses with {@code sort};
 * {@link FixedOrder} the one of a list whose order is part of its meaning (an anthology's segments in running order).
 */
public interface KeysetOrder {

    /** The statement's {@code order by} clause, without the keywords. */
    String orderBy();

    /** The expressions whose values make a cursor, in order. */
    List<String> keys();

    /** The condition that keeps only the rows after the cursor's; empty on the first page. */
    Optional<Sort.Condition> after(Optional<Cursor> cursor);

    /** The cursor that continues after a row, read from its key columns (see {@link #keys}) from {@code first} on. */
    String cursorAfter(ResultSet row, int first) throws SQLException;
}
