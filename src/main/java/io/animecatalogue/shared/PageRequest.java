package io.animecatalogue.shared;

import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A validated request for one page: how many items, after which sort key, and whether to count the whole list.
 */
public record PageRequest(int limit, Optional<Cursor> after, boolean total) {

    /** How many rows to fetch: one more than the page holds tells whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }

    /** The whole list's size when the client asked for it, counted only then. */
    public Long total(LongSupplier count) {
        return total ? count.getAsLong() : null;
    }
}
