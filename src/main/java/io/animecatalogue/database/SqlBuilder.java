package io.animecatalogue.database;

import io.animecatalogue.shared.Ref;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A statement built piece by piece, each piece with the values of its {@code ?} placeholders, so that the values
 * always line up with the placeholders whatever pieces a request adds.
 */
public final class SqlBuilder {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    public SqlBuilder append(String sql, Object... values) {
        return append(sql, List.of(values));
    }

    public SqlBuilder append(String sql, Collection<?> values) {
        int placeholders = 0;
        for (int i = 0; i < sql.length(); i++) {
            if (sql.charAt(i) == '?') {
                placeholders++;
            }
        }
        if (placeholders != values.size()) {
            throw new IllegalArgumentException(placeholders + " placeholders but " + values.size() + " values in: " + sql);
        }
        text.append(sql);
        parameters.addAll(values);
        return this;
    }

    /** Finds the row a {@link Ref} names on the table {@code alias}: by its id or by its slug. */
    public SqlBuilder ref(String alias, Ref ref) {
        return ref instanceof Ref.Id id ? append(alias + ".id = ?", id.value()) : append(alias + ".slug = ?", ((Ref.Slug) ref).value());
    }

    /** A list of placeholders for the values, for {@code in (...)}: one each, so that each value has its type. */
    public static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    public String sql() {
        return text.toString();
    }

    public List<Object> parameters() {
        return parameters;
    }
}
