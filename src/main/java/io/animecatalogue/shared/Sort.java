package io.animecatalogue.shared;

import com.fasterxml.jackson.databind.JsonNode;

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
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code sort} parameter of a list, parsed once for every list: a comma-separated list of fields, each with an
 * optional {@code -} for descending. The order is made total by the id as the last key, in the direction of the key
 * before it, and nulls come last in both directions, so that keyset paging ({@link #after}) can continue from any item
 * and never repeat or skip one. The id follows the last key's direction so that one index on {@code (field, id)}, read
 * forwards or backwards, serves both directions (see the V5 migration for fields that may be null).
 *
 * @param <E> the entity listed
 */
public final class Sort<E> {

    public static final String PARAMETER = "sort";

    /** Stated once, for the parameter description of every list. */
    public static final String RULES = "Comma-separated fields, each optionally prefixed with `-` for descending; "
            + "items equal in every field given keep a fixed order (by id, in the direction of the last field). Items without a value for a field come last, "
            + "in both directions. A cursor only continues the sort order it was issued for.";

    /** How a key is read back from a cursor, so that it reaches the query with the type of the attribute compared. */
    public enum Type {
        TEXT, SMALLINT, INTEGER, DATE, TIMESTAMP
    }

    /**
     * One field a list can be sorted by.
     *
     * @param name  the name clients use in {@code sort}
     * @param path  the attribute in the list's query, with the query's alias ({@code a.releaseYear})
     * @param value    the field's value of one item, as the cursor records it
     * @param nullable whether items may lack a value; only then does the order say where nulls go, since PostgreSQL
     *                 will not read an index backwards for "desc nulls last" even on a column that cannot be null
     */
    public record Field<E>(String name, String path, Type type, Function<E, Object> value, boolean nullable) {
    }

    private record Key<E>(Field<E> field, boolean descending) {
    }

    private final String scope;
    private final List<Key<E>> keys;
    private final String idPath;
    private final Function<E, UUID> id;

    private Sort(String scope, List<Key<E>> keys, String idPath, Function<E, UUID> id) {
        this.scope = scope;
        this.keys = keys;
        this.idPath = idPath;
        this.id = id;
    }

    /**
     * @param raw      the parameter as given, null when absent
     * @param list     the list's name, which with the canonical sort binds its cursors to it
     * @param fields   the sortable fields, in the order the error message lists them
     * @param fallback the order when none is given, as a {@code sort} value
     * @param idPath   the id attribute in the query ({@code a.id}), the last key of every order
     */
    public static <E> Sort<E> parse(String raw, String list, List<Field<E>> fields, String fallback, String idPath,
                                    Function<E, UUID> id) {
        Map<String, Field<E>> byName = new LinkedHashMap<>();
        fields.forEach(field -> byName.put(field.name(), field));
        String allowed = "sortable fields: " + String.join(", ", byName.keySet())
                + "; comma-separated, each optionally prefixed with - for descending";
        List<Key<E>> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String item : (raw == null ? fallback : raw).split(",", -1)) {
            String token = item.trim();
            boolean descending = token.startsWith("-");
            String name = descending ? token.substring(1) : token;
            if (name.isEmpty()) {
                throw ProblemException.invalidParameter(PARAMETER, "has an empty item; " + allowed);
            }
            Field<E> field = byName.get(name);
            if (field == null) {
                throw ProblemException.invalidParameter(PARAMETER, "has the unknown field '" + name + "'; " + allowed);
            }
            if (!seen.add(name)) {
                throw ProblemException.invalidParameter(PARAMETER, "names the field '" + name + "' more than once");
            }
            keys.add(new Key<>(field, descending));
        }
        String canonical = keys.stream().map(key -> (key.descending() ? "-" : "") + key.field().name())
                .collect(Collectors.joining(","));
        return new Sort<>(list + "?sort=" + canonical, List.copyOf(keys), idPath, id);
    }

    /** A field every item has a value for (a NOT NULL column). */
    public static <E> Field<E> field(String name, String path, Type type, Function<E, Object> value) {
        return new Field<>(name, path, type, value, false);
    }

    /** A field some items lack; those come last in both directions. */
    public static <E> Field<E> nullableField(String name, String path, Type type, Function<E, Object> value) {
        return new Field<>(name, path, type, value, true);
    }

    /** The query's {@code order by} clause, without the keywords. */
    public String orderBy() {
        StringBuilder order = new StringBuilder();
        for (Key<E> key : keys) {
            order.append(key.field().path()).append(key.descending() ? " desc" : " asc")
                    .append(key.field().nullable() ? " nulls last, " : ", ");
        }
        return order.append(idPath).append(idDescending() ? " desc" : " asc").toString();
    }

    private boolean idDescending() {
        return keys.get(keys.size() - 1).descending();
    }

    /**
     * The condition that keeps only the items after the cursor's, in this order, with its parameters; empty on the
     * first page. Spelled out key by key ("same values so far, then after on this one") rather than as a row
     * comparison, because the directions may differ between keys and nulls sort last in both.
     */
    public Optional<Condition> after(Optional<Cursor> cursor) {
        if (cursor.isEmpty()) {
            return Optional.empty();
        }
        Cursor key = cursor.get().boundTo(scope);
        if (key.size() != keys.size() + 1) {
            throw Cursor.malformed();
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> alternatives = new ArrayList<>();
        List<String> equalSoFar = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Key<E> sortKey = keys.get(i);
            String path = sortKey.field().path();
            Object value = read(key.part(i), sortKey.field().type());
            String parameter = "sortKey" + i;
            if (value == null) {
                // nothing sorts after a null of this key but the other nulls, which the next keys order
                equalSoFar.add(path + " is null");
                continue;
            }
            parameters.put(parameter, value);
            List<String> alternative = new ArrayList<>(equalSoFar);
            String after = path + (sortKey.descending() ? " < :" : " > :") + parameter;
            alternative.add(sortKey.field().nullable() ? "(" + after + " or " + path + " is null)" : after);
            alternatives.add(String.join(" and ", alternative));
            equalSoFar.add(path + " = :" + parameter);
        }
        parameters.put("sortKeyId", key.uuid(keys.size()));
        List<String> last = new ArrayList<>(equalSoFar);
        last.add(idPath + (idDescending() ? " < :sortKeyId" : " > :sortKeyId"));
        alternatives.add(String.join(" and ", last));
        return Optional.of(new Condition("((" + String.join(") or (", alternatives) + "))", parameters));
    }

    /** The cursor that continues this order after the given item. */
    public String cursorAfter(E item) {
        List<Object> key = new ArrayList<>();
        keys.forEach(sortKey -> key.add(sortKey.field().value().apply(item)));
        key.add(id.apply(item));
        return Cursor.encodeBound(scope, key);
    }

    /** A piece of a query's {@code where} clause with the values of its named parameters. */
    public record Condition(String where, Map<String, Object> parameters) {
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
