package io.animecatalogue.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The order of a list that has one natural order and no {@code sort}: an anthology's segments in running order, its
 * releases oldest first, a filmography, the audit log newest first. All keys run in one direction, so "after the
 * cursor" is one row comparison; the cursor is the keys' values, as {@link Cursor#encode} writes them.
 */
public final class FixedOrder implements KeysetOrder {

    /** How a key travels in a cursor. */
    public enum Type {
        TEXT, SMALLINT, UUID
    }

    /** One key: an expression of the statement, and its type in the cursor. */
    public record Key(String expression, Type type) {
    }

    private final List<Key> keys;
    private final boolean descending;

    private FixedOrder(List<Key> keys, boolean descending) {
        this.keys = List.copyOf(keys);
        this.descending = descending;
    }

    public static FixedOrder ascending(Key... keys) {
        return new FixedOrder(List.of(keys), false);
    }

    public static FixedOrder descending(Key... keys) {
        return new FixedOrder(List.of(keys), true);
    }

    public static Key key(String expression, Type type) {
        return new Key(expression, type);
    }

    @Override
    public String orderBy() {
        String direction = descending ? " desc" : " asc";
        return keys.stream().map(key -> key.expression() + direction).collect(Collectors.joining(", "));
    }

    @Override
    public List<String> keys() {
        return keys.stream().map(Key::expression).toList();
    }

    @Override
    public Optional<Sort.Condition> after(Optional<Cursor> cursor) {
        if (cursor.isEmpty()) {
            return Optional.empty();
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            values.add(switch (keys.get(i).type()) {
                case TEXT -> cursor.get().string(i);
                case SMALLINT -> cursor.get().smallInteger(i);
                case UUID -> cursor.get().uuid(i);
            });
        }
        String placeholders = String.join(", ", java.util.Collections.nCopies(keys.size(), "?"));
        return Optional.of(new Sort.Condition("(" + String.join(", ", keys()) + ")" + (descending ? " < " : " > ")
                + "(" + placeholders + ")", values));
    }

    @Override
    public String cursorAfter(ResultSet row, int first) throws SQLException {
        Object[] values = new Object[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            values[i] = switch (keys.get(i).type()) {
                case TEXT -> row.getString(first + i);
                case SMALLINT -> row.getShort(first + i);
                case UUID -> row.getObject(first + i, UUID.class);
            };
        }
        return Cursor.encode(values);
    }
}
