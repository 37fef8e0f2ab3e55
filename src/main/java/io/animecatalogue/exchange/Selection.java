package io.animecatalogue.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Which rows of a table to read: an SQL condition on the table's own columns, with its parameters. Strings, UUIDs,
 * timestamps and {@code String[]} (bound as {@code text[]}) are the parameter types in use.
 */
record Selection(String condition, List<Object> parameters) {

    static final Selection ALL = new Selection("true", List.of());

    static Selection of(String condition, Object... parameters) {
        return new Selection(condition, List.of(parameters));
    }

    static Selection slugs(List<String> slugs) {
        return of("slug = any(?)", (Object) slugs.toArray(String[]::new));
    }

    Selection and(Selection other) {
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(other.parameters);
        return new Selection("(" + condition + ") and (" + other.condition + ")", all);
    }
}
