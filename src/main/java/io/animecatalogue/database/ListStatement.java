package io.animecatalogue.database;

import io.animecatalogue.shared.Sort;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.Filters;
import io.animecatalogue.shared.KeysetOrder;
import io.animecatalogue.shared.PageRequest;
import io.animecatalogue.shared.ProblemException;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.RenderedJson;
import io.animecatalogue.shared.RenderedPage;
import io.animecatalogue.shared.TaggedPage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One page of a list as one statement: the rows a filter keeps after the cursor, in the list's order, each rendered
 * as the API shows it; the total when asked for, counted in the same statement; and the ids of the resources the
 * filters name, so that an unknown one is reported (a 400) without a statement of its own.
 * <p>
 * The page is read by a lateral subquery that numbers its rows ({@code ordinal}); the row after the last one asked for
 * is read too, to tell whether a next page exists, and is not rendered. Limits are written into the text rather than
 * bound: with them as parameters, PostgreSQL's estimate of a generic plan stayed above that of a plan made for the
 * values, so it planned every execution anew (0.6 ms of a list page's 0.75).
 */
public final class ListStatement {

    /**
     * A resource named by id or slug, looked up once, its id then used by the conditions: one a filter names (unknown:
     * a 400 naming the parameter), or the one whose sub-collection this is (unknown: a 404).
     *
     * @param resource what it is, for the problem when none has the ref ("anthology")
     */
    public record Named(String parameter, String table, String resource, Ref ref, boolean parent) {

        /** A row a filter names: {@code {given}.<parameter>_id} in the conditions. */
        public static Named filter(String parameter, String table, String resource, Ref ref) {
            return new Named(parameter, table, resource, ref, false);
        }

        ProblemException unknown() {
            return parent ? ProblemException.notFound(resource, ref.toString()) : Filters.unknown(parameter, resource, ref);
        }
    }

    /**
     * The rows a list's filters name, collected as its parameters are checked in order. The lists have always told
     * whether a named row exists before they read the parameters after it: a parameter found wrong later waits
     * ({@link #wrong}) until a statement has looked those rows up, and a row that is not there is the answer.
     */
    public static final class Names {

        private final List<Named> names = new ArrayList<>();

        /** The filter's id or slug, checked for its form; one that has one is looked up with the others. */
        public Optional<Ref> filter(String raw, String parameter, String table, String resource) {
            Optional<Ref> ref = Filters.ref(raw, parameter);
            ref.ifPresent(value -> names.add(Named.filter(parameter, table, resource, value)));
            return ref;
        }

        public List<Named> list() {
            return List.copyOf(names);
        }

        /** The problem of a parameter checked after the names collected so far, which are to be looked up first. */
        public NamedFirst wrong(ProblemException problem) {
            return new NamedFirst(list(), problem);
        }
    }

    /**
     * A list's criteria, checked: a parameter found wrong after some filters named rows is reported once those rows
     * are known to exist (or the first that does not is reported instead).
     */
    public static <C> C checked(Supplier<C> criteria, Reads reads) {
        try {
            return criteria.get();
        } catch (NamedFirst wrong) {
            throw wrong.answer(reads);
        }
    }

    /** A wrong parameter, to be reported once the rows named before it are known to exist ({@link #answer}). */
    public static final class NamedFirst extends RuntimeException {

        private final List<Named> names;
        private final ProblemException problem;

        NamedFirst(List<Named> names, ProblemException problem) {
            super(problem.getMessage(), problem, false, false);
            this.names = names;
            this.problem = problem;
        }

        /** The first named row that does not exist, or else the wrong parameter: what the request is answered. */
        public ProblemException answer(Reads reads) {
            if (names.isEmpty()) {
                return problem;
            }
            SqlBuilder sql = new SqlBuilder().append("select 1 as one");
            lookups(sql, names);
            return reads.query(sql.sql(), sql.parameters(), rows -> {
                rows.next();
                for (Named name : names) {
                    if (rows.getObject(name.parameter() + "_id") == null) {
                        return name.unknown();
                    }
                }
                return problem;
            });
        }
    }

    private record Piece(String sql, List<Object> values) {
    }

    /** Reads a served row: its item, and what else it carries, such as the versions its ETag notes. */
    @FunctionalInterface
    public interface RowReader {
        RenderedJson read(ResultSet row) throws SQLException;
    }

    /** The item of a row as the statement rendered it. */
    public static RenderedJson item(ResultSet row) throws SQLException {
        return RenderedJson.of(row.getString("item"));
    }

    /** A page as read: its items in order, the cursor of the next page (null on the last), the total when counted. */
    public record Page(List<RenderedJson> items, String next, Long total, boolean more, int limit) {

        private RenderedPage rendered() {
            return new RenderedPage(items, new io.animecatalogue.shared.Page.Info(limit, next, total));
        }

        /**
         * The page with its ETag: the rows the reader noted in {@code tags}, the total when counted, and whether a next
         * page exists (a row added after the page's end must change the tag).
         */
        public TaggedPage tagged(EntityTags tags) {
            if (total != null) {
                tags.add("total", total);
            }
            tags.add("more", more ? 1 : 0);
            return new TaggedPage(rendered(), tags.toTag());
        }
    }

    private final String from;
    private final String select;
    private final List<Named> named = new ArrayList<>();
    private final List<Piece> conditions = new ArrayList<>();
    private final List<Piece> columns = new ArrayList<>();
    private final List<Piece> joins = new ArrayList<>();
    private Piece item;
    private KeysetOrder order;

    /**
     * @param from   the rows listed, with their alias and any joins the order or the filters need ({@code person p})
     * @param select what of them the item and the columns use, under names unique in the page ({@code p.*})
     */
    public ListStatement(String from, String select) {
        this.from = from;
        this.select = select;
    }

    /**
     * A resource a filter names by id or slug; conditions use its id as {@code {given}.<parameter>_id}.
     *
     * @param resource what it is, for the 400 when none has the ref ("anthology")
     */
    public ListStatement named(String parameter, String table, String resource, Optional<Ref> ref) {
        ref.ifPresent(value -> named.add(Named.filter(parameter, table, resource, value)));
        return this;
    }

    /** The rows the filters name, in the order their parameters were checked ({@link Names}). */
    public ListStatement named(List<Named> names) {
        named.addAll(names);
        return this;
    }

    /**
     * The resource whose sub-collection is listed (an anthology's segments); conditions use its id as
     * {@code {given}.parent_id}, and an unknown one is a 404.
     */
    public ListStatement within(String table, String resource, Ref ref) {
        named.add(new Named("parent", table, resource, ref, true));
        return this;
    }

    /** A condition on the listed rows; {@code {given}} stands for the row of named ids. Conditions combine with and. */
    public ListStatement where(String condition, Object... values) {
        conditions.add(new Piece(condition, List.of(values)));
        return this;
    }

    public ListStatement order(KeysetOrder keyset) {
        this.order = keyset;
        return this;
    }

    /** The item's JSON, on the page's row {@code item} (and anything {@link #join} joins to it). */
    public ListStatement item(String json, Object... values) {
        this.item = new Piece(json, List.of(values));
        return this;
    }

    /** A column the row reader reads, such as {@code item.version}. */
    public ListStatement column(String expression, Object... values) {
        columns.add(new Piece(expression, List.of(values)));
        return this;
    }

    /** A join to the page's rows, for what the items or columns show ({@code left join company rp on ...}). */
    public ListStatement join(String sql, Object... values) {
        joins.add(new Piece(sql, List.of(values)));
        return this;
    }

    public Page run(Reads reads, PageRequest page, RowReader each) {
        SqlBuilder sql = new SqlBuilder().append("select given.total, item.ordinal");
        for (Named name : named) {
            sql.append(", given." + name.parameter() + "_id");
        }
        List<String> keys = order.keys();
        for (int i = 0; i < keys.size(); i++) {
            sql.append(", item.key" + i);
        }
        for (Piece column : columns) {
            sql.append(", ").append(column.sql(), column.values());
        }
        sql.append(", case when item.ordinal > " + page.limit() + " then null else ")
                .append(item.sql(), item.values()).append(" end as item");

        sql.append(" from (select named.*");
        if (page.total()) {
            sql.append(", (select count(*) from " + from + " where true");
            conditions(sql, "named");
            sql.append(") as total");
        } else {
            sql.append(", null::bigint as total");
        }
        sql.append(" from (select 1 as one");
        lookups(sql, named);
        sql.append(") named) given left join lateral (select " + select);
        for (int i = 0; i < keys.size(); i++) {
            sql.append(", " + keys.get(i) + " as key" + i);
        }
        sql.append(", row_number() over (order by " + order.orderBy() + ") as ordinal from " + from + " where true");
        conditions(sql, "given");
        Optional<Sort.Condition> after;
        try {
            after = order.after(page.after());
        } catch (ProblemException badCursor) {
            // the cursor is the last parameter read: the rows named before it, and the list's own resource, come first
            throw new NamedFirst(List.copyOf(named), badCursor).answer(reads);
        }
        after.ifPresent(condition -> sql.append(" and " + condition.where(), condition.parameters()));
        sql.append(" order by " + order.orderBy() + " limit " + page.fetchSize() + ") item on true");
        for (Piece join : joins) {
            sql.append(" ").append(join.sql(), join.values());
        }
        sql.append(" order by item.ordinal");

        return reads.query(sql.sql(), sql.parameters(), rows -> {
            List<RenderedJson> items = new ArrayList<>();
            String next = null;
            Long total = null;
            boolean more = false;
            while (rows.next()) {
                for (Named name : named) {
                    if (rows.getObject(name.parameter() + "_id") == null) {
                        throw name.unknown();
                    }
                }
                long count = rows.getLong("total");
                total = rows.wasNull() ? null : count;
                long ordinal = rows.getLong("ordinal");
                if (rows.wasNull()) {
                    break; // no row: the one row carries the named ids and the total
                }
                if (ordinal > page.limit()) {
                    more = true;
                    break;
                }
                items.add(each.read(rows));
                if (items.size() == page.limit()) {
                    next = order.cursorAfter(rows, rows.findColumn("key0"));
                }
            }
            return new Page(items, more ? next : null, total, more, page.limit());
        });
    }

    /** The ids of the named rows, as the columns {@code <parameter>_id}, null where there is none. */
    private static void lookups(SqlBuilder sql, List<Named> names) {
        for (Named name : names) {
            sql.append(", (select n.id from " + name.table() + " n where ").ref("n", name.ref()).append(") as " + name.parameter() + "_id");
        }
    }

    private void conditions(SqlBuilder sql, String given) {
        for (Piece condition : conditions) {
            sql.append(" and " + condition.sql().replace("{given}", given), condition.values());
        }
    }
}
