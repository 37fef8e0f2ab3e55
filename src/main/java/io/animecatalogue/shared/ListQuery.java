package io.animecatalogue.shared;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One page of a filtered, sorted list, read with one statement whatever the filters (two when the client asks for the
 * total), and tagged with the versions of the rows it shows.
 *
 * @param <E> the entity listed
 */
public final class ListQuery<E> {

    private final Class<E> type;
    private final String from;
    private final String fetches;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /**
     * @param from    the entity with its alias, as filters and sort fields name it ({@code Anthology a})
     * @param fetches the joins that load what every item shows, for the page only ({@code join fetch s.anthology})
     */
    private ListQuery(Class<E> type, String from, String fetches) {
        this.type = type;
        this.from = from;
        this.fetches = fetches;
    }

    public static <E> ListQuery<E> of(Class<E> type, String from, String fetches) {
        return new ListQuery<>(type, from, fetches);
    }

    /** Adds a condition without parameters; conditions AND together. */
    public ListQuery<E> where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a condition with one named parameter; conditions AND together. */
    public ListQuery<E> where(String condition, String parameter, Object value) {
        conditions.add(condition);
        parameters.put(parameter, value);
        return this;
    }

    /**
     * Adds "{@code expression} is one of {@code values}", one parameter per value: a query with a parameter bound to a
     * collection is translated from HQL to SQL again on every execution (Hibernate caches only the others), which was
     * a tenth of the cost of a list page.
     */
    public ListQuery<E> whereIn(String expression, String parameter, Collection<?> values) {
        List<String> names = new ArrayList<>();
        for (Object value : values) {
            String name = parameter + names.size();
            names.add(":" + name);
            parameters.put(name, value);
        }
        conditions.add(expression + " in (" + String.join(", ", names) + ")");
        return this;
    }

    public ListQuery<E> bind(String parameter, Object value) {
        parameters.put(parameter, value);
        return this;
    }

    /**
     * @param variant what else decides the representation, such as the query string; part of the ETag
     * @param render  turns the rows of the page into items, noting every row they show in the tags
     */
    public <T> Tagged<Page<T>> page(PageRequest page, Sort<E> sort, String variant,
                                     BiFunction<List<E>, EntityTags, List<T>> render) {
        EntityManager entityManager = Panache.getEntityManager(type);
        List<String> pageConditions = new ArrayList<>(conditions);
        Map<String, Object> pageParameters = new LinkedHashMap<>(parameters);
        sort.after(page.after()).ifPresent(after -> {
            pageConditions.add(after.where());
            pageParameters.putAll(after.parameters());
        });
        TypedQuery<E> rowsQuery = entityManager.createQuery("select " + alias() + " from " + from + " " + fetches
                + where(pageConditions) + " order by " + sort.orderBy(), type);
        pageParameters.forEach(rowsQuery::setParameter);
        List<E> rows = rowsQuery.setMaxResults(page.fetchSize()).getResultList();

        Long total = page.total(() -> {
            TypedQuery<Long> countQuery = entityManager.createQuery("select count(" + alias() + ") from " + from
                    + where(conditions), Long.class);
            parameters.forEach(countQuery::setParameter);
            return countQuery.getSingleResult();
        });

        boolean more = rows.size() > page.limit();
        List<E> served = more ? rows.subList(0, page.limit()) : rows;
        EntityTags tags = EntityTags.forVariant(variant);
        if (total != null) {
            tags.add("total", total);
        }
        List<T> items = render.apply(served, tags);
        String next = more ? sort.cursorAfter(served.get(served.size() - 1)) : null;
        // whether a next page exists is part of the page: a row added after its end must change the tag
        tags.add("more", more ? 1 : 0);
        return tags.tag(new Page<>(items, new Page.Info(page.limit(), next, total)));
    }

    /** A renderer for lists whose items are made one row at a time, each noting its rows in the tags. */
    public static <E, T> BiFunction<List<E>, EntityTags, List<T>> each(Function<E, T> toItem, BiConsumer<E, EntityTags> note) {
        return (rows, tags) -> {
            List<T> items = new ArrayList<>(rows.size());
            for (E row : rows) {
                note.accept(row, tags);
                items.add(toItem.apply(row));
            }
            return items;
        };
    }

    private String alias() {
        return from.substring(from.lastIndexOf(' ') + 1);
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
