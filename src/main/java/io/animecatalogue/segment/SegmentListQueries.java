package io.animecatalogue.segment;

import io.animecatalogue.anthology.AnthologyQueries;
import io.animecatalogue.credit.CreditRole;
import io.animecatalogue.database.Reads;
import io.animecatalogue.database.SqlBuilder;
import io.animecatalogue.shared.DocumentCache;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.Filters;
import io.animecatalogue.shared.Page;
import io.animecatalogue.shared.PageRequest;
import io.animecatalogue.shared.ProblemException;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.RenderedJson;
import io.animecatalogue.shared.RenderedPage;
import io.animecatalogue.shared.Sort;
import io.animecatalogue.shared.SqlSort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Pages of the list of all segments, each in one statement: the filters, the page after the cursor, the items
 * rendered as the API shows them, the total when asked for, and whether the anthology, person and company the
 * filters name exist. A page rendered before is kept with the versions of the rows each item shows (the segment,
 * its anthology and its studio, which its ETag notes too); the statement renders only the items whose rows differ
 * from those, so that a page whose items have not changed costs the reading of its rows.
 */
@ApplicationScoped
public class SegmentListQueries {

    /** The fields the list can be sorted by; the default, slug, is the order the list always had. */
    public static final List<SqlSort.Field> SORTABLE = List.of(
            SqlSort.Field.of("title", "s.title", Sort.Type.TEXT),
            SqlSort.Field.of("slug", "s.slug", Sort.Type.TEXT),
            SqlSort.Field.nullable("runtimeMinutes", "s.runtime_minutes", Sort.Type.INTEGER));

    /** A filter that names a row by id or slug, which may not exist. */
    private record Named(String parameter, String table, String resource, Ref ref) {
        /** The column of the id it names, apart from the columns of the items. */
        String column() {
            return "named_" + parameter;
        }
    }

    /** A page as sent, with its ETag. */
    public record TaggedPage(RenderedPage page, EntityTag tag) {
    }

    /** One item as rendered, with the rows it was rendered from; a segment without a studio has null for it. */
    private record KeptItem(UUID id, long version, UUID anthologyId, long anthologyVersion, UUID studioId, Long studioVersion,
                            RenderedJson json) {
    }

    /** The items of a page as rendered, under the request that asked for it. */
    private record KeptPage(List<KeptItem> items) implements DocumentCache.Entry {
        @Override
        public int weight() {
            return 200 + items.stream().mapToInt(item -> item.json().size() + 150).sum();
        }
    }

    @Inject
    Reads reads;

    @Inject
    DocumentCache cache;

    /**
     * @param variant the list and every parameter of the request: the key of the kept page, and part of its ETag
     */
    public TaggedPage page(SegmentListParameters parameters, PageRequest page, String variant) {
        // Checked in the order the list always checked them, a filter's row looked up before the next parameter was
        // read: when a later parameter is bad, a statement looks the rows up, so that an unknown one is still the answer.
        List<Named> named = new ArrayList<>();
        Optional<Ref> anthology;
        Optional<Ref> person;
        Optional<CreditRole> role;
        Optional<Ref> studio;
        SqlSort sort;
        Optional<SqlSort.Condition> after;
        try {
            anthology = Filters.ref(parameters.anthology, "anthology");
            anthology.ifPresent(ref -> named.add(new Named("anthology", "anthology", "anthology", ref)));
            person = Filters.ref(parameters.person, "person");
            person.ifPresent(ref -> named.add(new Named("person", "person", "person", ref)));
            role = Filters.code(parameters.role, CreditRole.class, "role");
            studio = Filters.ref(parameters.studio, "studio");
            studio.ifPresent(ref -> named.add(new Named("studio", "company", "company", ref)));
            sort = SqlSort.parse(parameters.sort, "segments", SORTABLE, "slug", "s.id");
            after = sort.after(page.after());
        } catch (ProblemException invalid) {
            if (!named.isEmpty()) {
                SqlBuilder lookup = new SqlBuilder().append("select ");
                named(lookup, named);
                reads.query(lookup.sql(), lookup.parameters(), rows -> {
                    rows.next();
                    checkNamed(rows, named);
                    return null;
                });
            }
            throw invalid;
        }

        String key = "segments:" + variant;
        List<KeptItem> kept = cache.find(key, KeptPage.class).map(KeptPage::items).orElse(List.of());
        SqlBuilder sql = new SqlBuilder().append("select given.*, item.ordinal, item.id, item.version, item.anthology_id, "
                + "ia.version as anthology_version, ist.id as studio_id, ist.version as studio_version");
        List<String> keyColumns = sort.keyColumns();
        for (int i = 0; i < keyColumns.size(); i++) {
            String column = keyColumns.get(i);
            sql.append(", item." + column.substring(column.indexOf('.') + 1) + " as key" + i);
        }
        // an item is rendered unless it is kept with the versions its rows have now
        sql.append(", case when item.ordinal > " + page.limit() + " or exists (select 1 from unnest(?::uuid[], ?::bigint[], "
                        + "?::uuid[], ?::bigint[], ?::uuid[], ?::bigint[]) as k(id, version, anthology_id, anthology_version, "
                        + "studio_id, studio_version) where k.id = item.id and k.version = item.version and k.anthology_id = ia.id "
                        + "and k.anthology_version = ia.version and k.studio_id is not distinct from ist.id "
                        + "and k.studio_version is not distinct from ist.version) then null else ",
                        kept.stream().map(KeptItem::id).toArray(UUID[]::new), kept.stream().map(KeptItem::version).toArray(Long[]::new),
                        kept.stream().map(KeptItem::anthologyId).toArray(UUID[]::new),
                        kept.stream().map(KeptItem::anthologyVersion).toArray(Long[]::new),
                        kept.stream().map(KeptItem::studioId).toArray(UUID[]::new),
                        kept.stream().map(KeptItem::studioVersion).toArray(Long[]::new))
                .append(SegmentQueries.view("item", "ist", AnthologyQueries.ref("ia"), null))
                .append(" end as item");
        // the rows the filters name, looked up once; then the total, counted once
        sql.append(" from (select named.*");
        if (page.total()) {
            sql.append(", (select count(*) from segment s where true");
            filters(sql, anthology, person, role, studio, "named");
            sql.append(") as total");
        } else {
            sql.append(", null::bigint as total");
        }
        sql.append(" from (select ");
        named(sql, named);
        sql.append(") named) given left join lateral (select s.*, row_number() over (order by " + sort.orderBy() + ") as ordinal "
                + "from segment s where true");
        filters(sql, anthology, person, role, studio, "given");
        after.ifPresent(condition -> sql.append(" and " + condition.where(), condition.parameters()));
        // Limits are written into the statement rather than bound: with them as parameters, PostgreSQL planned every
        // execution anew (see AnthologyListQueries).
        sql.append(" order by " + sort.orderBy() + " limit " + page.fetchSize() + ") item on true"
                + " left join anthology ia on ia.id = item.anthology_id left join company ist on ist.id = item.studio_id"
                + " order by " + sort.orderBy("item"));

        SqlSort order = sort;
        return reads.query(sql.sql(), sql.parameters(), rows -> {
            EntityTags tags = EntityTags.forVariant(variant);
            List<KeptItem> items = new ArrayList<>();
            String next = null;
            Long total = null;
            boolean more = false;
            while (rows.next()) {
                checkNamed(rows, named);
                long count = rows.getLong("total");
                total = rows.wasNull() ? null : count;
                UUID id = rows.getObject("id", UUID.class);
                if (id == null) {
                    break; // no item: the one row carries the names looked up and the total
                }
                if (rows.getLong("ordinal") > page.limit()) {
                    more = true;
                    break;
                }
                long version = rows.getLong("version");
                UUID anthologyId = rows.getObject("anthology_id", UUID.class);
                long anthologyVersion = rows.getLong("anthology_version");
                tags.add(id, version).add(anthologyId, anthologyVersion);
                UUID studioId = rows.getObject("studio_id", UUID.class);
                Long studioVersion = null;
                if (studioId != null) {
                    studioVersion = rows.getLong("studio_version");
                    tags.add(studioId, studioVersion);
                }
                String item = rows.getString("item");
                items.add(item != null
                        ? new KeptItem(id, version, anthologyId, anthologyVersion, studioId, studioVersion, RenderedJson.of(item))
                        : kept.stream().filter(known -> known.id().equals(id)).findFirst().orElseThrow());
                if (items.size() == page.limit()) {
                    next = order.cursorAfter(rows, rows.findColumn("key0"));
                }
            }
            if (!more) {
                next = null;
            }
            if (total != null) {
                tags.add("total", total);
            }
            tags.add("more", more ? 1 : 0);
            cache.keep(key, new KeptPage(List.copyOf(items)));
            RenderedPage rendered = new RenderedPage(items.stream().map(KeptItem::json).toList(),
                    new Page.Info(page.limit(), next, total));
            return new TaggedPage(rendered, tags.toEntityTag());
        });
    }

    /** The ids of the rows the filters name, null where there is none, as columns {@code named_<parameter>}. */
    private static void named(SqlBuilder sql, List<Named> named) {
        if (named.isEmpty()) {
            sql.append("null::uuid as named_nothing");
            return;
        }
        for (int i = 0; i < named.size(); i++) {
            Named filter = named.get(i);
            sql.append((i > 0 ? ", " : "") + "(select n.id from " + filter.table() + " n where ");
            sql.ref("n", filter.ref());
            sql.append(") as " + filter.column());
        }
    }

    /** The first filter, in the order they are checked, that names nothing: a 400 naming the filter. */
    private static void checkNamed(ResultSet row, List<Named> named) throws SQLException {
        for (Named filter : named) {
            if (row.getObject(filter.column()) == null) {
                throw Filters.unknown(filter.parameter(), filter.resource(), filter.ref());
            }
        }
    }

    /**
     * The filters as conditions on the segment row {@code s}, each beginning with {@code and}.
     *
     * @param named the alias of the row holding the ids of the rows the filters name
     */
    private static void filters(SqlBuilder sql, Optional<Ref> anthology, Optional<Ref> person, Optional<CreditRole> role,
                                Optional<Ref> studio, String named) {
        anthology.ifPresent(ref -> sql.append(" and s.anthology_id = " + named + ".named_anthology"));
        studio.ifPresent(ref -> sql.append(" and s.studio_id = " + named + ".named_studio"));
        // credits on the whole anthology are not the segments': only those whose segment is this one count
        if (person.isPresent() || role.isPresent()) {
            sql.append(" and exists (select 1 from credit c where c.segment_id = s.id");
            person.ifPresent(ref -> sql.append(" and c.person_id = " + named + ".named_person"));
            role.ifPresent(value -> sql.append(" and c.role = ?", value.name()));
            sql.append(")");
        }
    }
}
