package io.animecatalogue.shared;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The {@code sort} parameter of a list, parsed once for every list: a comma-separated list of fields, each with an
 * optional {@code -} for descending. The order is made total by the id as the last key, in the direction of the key
 * before it, and nulls come last in both directions, so that keyset paging ({@link #after}) can continue from any item
 * and never repeat or skip one. The id follows the last key's direction so that one index on {@code (field, id)}, read
 * forwards or backwards, serves both directions (see the V5 migration for fields that may be null).
 */
public final class Sort implements KeysetOrder {

    public static final String PARAMETER = "sort";

    /** Stated once, for the parameter description of every list. */
    public static final String RULES = "Comma-separated fields, each optionally prefixed with `-` for descending; "
            + "items equal in every field given keep a fixed order (by id, in the direction of the last field). Items without a value for a field come last, "
            + "in both directions. A cursor only continues the sort order it was issued for.";

    /** How a key is read back from a cursor, so that it reaches the statement with the type of the column compared. */
    public enum Type {
        TEXT, SMALLINT, INTEGER, DATE, TIMESTAMP
    }

    /**
     * One field a list can be sorted by.
     *
     * @param name     the name clients use in {@code sort}
     * @param column   the column in the list's statement, with the statement's alias ({@code a.release_year})
     * @param nullable whether items may lack a value; only then does the order say where nulls go, since PostgreSQL
     *                 will not read an index backwards for "desc nulls last" even on a column that cannot be null
     */
    public record Field(String name, String column, Type type, boolean nullable) {

        public static Field of(String name, String column, Type type) {
            return new Field(name, column, type, false);
        }

        public static Field nullable(String name, String column, Type type) {
            return new Field(name, column, type, true);
        }
    }

    private record Key(Field field, boolean descending) {
    }

    /** A piece of a statement's {@code where} clause with the values of its {@code ?} placeholders, in order. */
    public record Condition(String where, List<Object> parameters) {
    }

    private final String scope;
    private final List<Key> keys;
    private final String idColumn;

    private Sort(String scope, List<Key> keys, String idColumn) {
        this.scope = scope;
        this.keys = keys;
        this.idColumn = idColumn;
    }

    /**
     * @param raw      the parameter as given, null when absent
     * @param list     the list's name, which with the canonical sort binds its cursors to it
     * @param fields   the sortable fields, in the order the error message lists them
     * @param fallback the order when none is given, as a {@code sort} value
     * @param idColumn the id column in the statement ({@code a.id}), the last key of every order
     */
    public static Sort parse(String raw, String list, List<Field> fields, String fallback, String idColumn) {
        Map<String, Field> byName = new LinkedHashMap<>();
        fields.forEach(field -> byName.put(field.name(), field));
        String allowed = "sortable fields: " + String.join(", ", byName.keySet())
                + "; comma-separated, each optionally prefixed with - for descending";
        List<Key> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String item : (raw == null ? fallback : raw).split(",", -1)) {
            String token = item.trim();
            boolean descending = token.startsWith("-");
            String name = descending ? token.substring(1) : token;
            if (name.isEmpty()) {
                throw ProblemException.invalidParameter(PARAMETER, "has an empty item; " + allowed);
            }
            Field field = byName.get(name);
            if (field == null) {
                throw ProblemException.invalidParameter(PARAMETER, "has the unknown field '" + name + "'; " + allowed);
            }
            if (!seen.add(name)) {
                throw ProblemException.invalidParameter(PARAMETER, "names the field '" + name + "' more than once");
            }
            keys.add(new Key(field, descending));
        }
        String canonical = keys.stream().map(key -> (key.descending() ? "-" : "") + key.field().name())
                .collect(Collectors.joining(","));
        return new Sort(list + "?sort=" + canonical, List.copyOf(keys), idColumn);
    }

    @Override
    public String orderBy() {
        StringBuilder order = new StringBuilder();
        for (Key key : keys) {
            order.append(key.field().column()).append(key.descending() ? " desc" : " asc")
                    .append(key.field().nullable() ? " nulls last, " : ", ");
        }
        return order.append(idColumn).append(idDescending() ? " desc" : " asc").toString();
    }

    /** The columns whose values make a cursor, in order: the sort's fields, then the id. */
    @Override
    public List<String> keys() {
        List<String> columns = new ArrayList<>();
        keys.forEach(key -> columns.add(key.field().column()));
        columns.add(idColumn);
        return columns;
    }

    private boolean idDescending() {
        return keys.get(keys.size() - 1).descending();
    }

    /**
     * The condition that keeps only the items after the cursor's, in this order, with its parameters; empty on the
     * first page. Spelled out key by key ("same values so far, then after on this one") rather than as a row
     * comparison, because the directions may differ between keys and nulls sort last in both.
     */
    @Override
    public Optional<Condition> after(Optional<Cursor> cursor) {
        if (cursor.isEmpty()) {
            return Optional.empty();
        }
        Cursor key = cursor.get().boundTo(scope);
        if (key.size() != keys.size() + 1) {
            throw Cursor.malformed();
        }
        List<Object> parameters = new ArrayList<>();
        List<String> alternatives = new ArrayList<>();
        List<String> equalSoFar = new ArrayList<>();
        List<Object> equalSoFarValues = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Key sortKey = keys.get(i);
            String column = sortKey.field().column();
            Object value = read(key.part(i), sortKey.field().type());
            if (value == null) {
                // nothing sorts after a null of this key but the other nulls, which the next keys order
                equalSoFar.add(column + " is null");
                continue;
            }
            List<String> alternative = new ArrayList<>(equalSoFar);
            parameters.addAll(equalSoFarValues);
            String after = column + (sortKey.descending() ? " < ?" : " > ?");
            alternative.add(sortKey.field().nullable() ? "(" + after + " or " + column + " is null)" : after);
            parameters.add(value);
            alternatives.add(String.join(" and ", alternative));
            equalSoFar.add(column + " = ?");
            equalSoFarValues.add(value);
        }
        List<String> last = new ArrayList<>(equalSoFar);
        parameters.addAll(equalSoFarValues);
        last.add(idColumn + (idDescending() ? " < ?" : " > ?"));
        parameters.add(key.uuid(keys.size()));
        alternatives.add(String.join(" and ", last));
        return Optional.of(new Condition("((" + String.join(") or (", alternatives) + "))", parameters));
    }

    /**
     * The cursor that continues this order after an item, from the item's key columns as the statement returned them
     * (see {@link #keyColumns}), starting at {@code first}.
     */
    @Override
    public String cursorAfter(ResultSet row, int first) throws SQLException {
        List<Object> key = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            key.add(value(row, first + i, keys.get(i).field().type()));
        }
        key.add(row.getObject(first + keys.size(), UUID.class));
        return Cursor.encodeBound(scope, key);
    }

    private static Object value(ResultSet row, int column, Type type) throws SQLException {
        Object value = switch (type) {
            case TEXT -> row.getString(column);
            case SMALLINT -> row.getShort(column);
            case INTEGER -> row.getInt(column);
            case DATE -> row.getObject(column, LocalDate.class);
            case TIMESTAMP -> row.getObject(column, OffsetDateTime.class);
        };
        return row.wasNull() ? null : value;
    }

    private static Object read(JsonNode part, Type type) {
        if (part.isNull()) {
            return null;
        }
        try {
            switch (type) {
                case TEXT:
                    if (part.isTextual()) {
                        return part.textValue();
                    }
                    break;
                case SMALLINT:
                    if (part.isIntegralNumber() && part.canConvertToInt()
                            && part.intValue() >= Short.MIN_VALUE && part.intValue() <= Short.MAX_VALUE) {
                        return (short) part.intValue();
                    }
                    break;
                case INTEGER:
                    if (part.isIntegralNumber() && part.canConvertToInt()) {
                        return part.intValue();
                    }
                    break;
                case DATE:
                    if (part.isTextual()) {
                        return LocalDate.parse(part.textValue());
                    }
                    break;
                case TIMESTAMP:
                    if (part.isTextual()) {
                        return OffsetDateTime.parse(part.textValue());
                    }
                    break;
                default:
                    break;
            }
        } catch (DateTimeParseException e) {
            // reported below, like any other value we did not write
        }
        throw Cursor.malformed();
    }
}
