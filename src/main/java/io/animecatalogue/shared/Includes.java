package io.animecatalogue.shared;

import java.util.Set;

/** Parses an {@code include} parameter: a comma-separated list of related resources to embed. */
public final class Includes {

    public static final String PARAMETER = "include";

    private Includes() {
    }

    public static <E extends Enum<E> & ApiEnum> Set<E> parse(String raw, Class<E> allowed) {
        return Filters.codes(raw, allowed, PARAMETER);
    }
}
