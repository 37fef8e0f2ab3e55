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

    /** The one reading of a {@code limit}: absent means the default, anything but a whole number in range is wrong. */
    public static Optional<Integer> parseLimit(String raw, int defaultLimit, int maxLimit) {
        if (raw == null) {
            return Optional.of(defaultLimit);
        }
        try {
            int value = Integer.parseInt(raw.trim());
            return value >= 1 && value <= maxLimit ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static String limitRule(int maxLimit) {
        return "must be an integer from 1 to " + maxLimit;
    }
}
