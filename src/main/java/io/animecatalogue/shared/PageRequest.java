package io.animecatalogue.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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

    /**
     * @param rows    up to {@link #fetchSize()} rows in sort order
     * @param count   counts the whole list; called only when the client asked for {@code total}
     * @param keyOf   the encoded cursor of a row (see {@link Cursor#encode})
     */
    public <E, T> Page<T> toPage(List<E> rows, LongSupplier count, Function<E, T> toItem, Function<E, String> keyOf) {
        boolean more = rows.size() > limit;
        List<E> served = more ? rows.subList(0, limit) : rows;
        String next = more ? keyOf.apply(served.get(served.size() - 1)) : null;
        return new Page<>(served.stream().map(toItem).toList(), new Page.Info(limit, next, total(count)));
    }
}
