package io.animecatalogue.anthology;

import io.animecatalogue.credit.CreditRole;
import io.animecatalogue.database.Reads;
import io.animecatalogue.database.SqlBuilder;
import io.animecatalogue.release.ReleaseQueries;
import io.animecatalogue.shared.DocumentCache;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.Filters;
import io.animecatalogue.shared.Page;
import io.animecatalogue.shared.PageRequest;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.RenderedJson;
import io.animecatalogue.shared.RenderedPage;
import io.animecatalogue.shared.Sort;
import io.animecatalogue.shared.SqlSort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Pages of the anthology list, each in one statement: the filters, the page after the cursor, the items rendered as
 * the API shows them with what {@code include} embeds, the total when asked for, and whether the companies and people
 * the filters name exist. A page rendered before is kept with each item's {@code version} and
 * {@code embedded_version} (migration V8); the statement renders only the items whose versions differ from those, so
 * a page whose items have not changed costs the reading of its anthology rows. Items that embed releases are
 * rendered every time: releases have versions of their own.
 */
@ApplicationScoped
public class AnthologyListQueries {

    /** The fields the list can be sorted by; the default, slug, is the order the list always had. */
    public static final List<SqlSort.Field> SORTABLE = List.of(
            SqlSort.Field.of("title", "a.title", Sort.Type.TEXT),
            SqlSort.Field.nullable("releaseYear", "a.release_year", Sort.Type.SMALLINT),
            SqlSort.Field.of("slug", "a.slug", Sort.Type.TEXT),
            SqlSort.Field.of("createdAt", "a.created_at", Sort.Type.TIMESTAMP));

    /** What a request asks of the list, checked. */
    public record Criteria(Optional<Short> yearFrom, Optional<Short> yearTo, Set<AnthologyKind> kinds,
                           Optional<String> country, Optional<Ref> company, Optional<Ref> person, Optional<CreditRole> role,
                           SqlSort sort, Set<AnthologyInclude> include) {
    }

    /** A page as sent, with its ETag. */
    public record TaggedPage(RenderedPage page, EntityTag tag) {
    }

    /** One item as rendered, with the versions it was rendered from. */
    private record KeptItem(UUID id, long version, long embeddedVersion, RenderedJson json) {
    }

    /** The items of a page as rendered, under the request that asked for it. */
    private record KeptPage(List<KeptItem> items) implements DocumentCache.Entry {
        @Override
        public int weight() {
            return 200 + items.stream().mapToInt(item -> item.json().size() + 100).sum();
        }
    }

    @Inject
    Reads reads;

    @Inject
    DocumentCache cache;

    /**
     * @param variant the list and every parameter of the request: the key of the kept page, and part of its ETag
     */
    public TaggedPage page(Criteria criteria, PageRequest page, String variant) {
        boolean keepable = !criteria.include().contains(AnthologyInclude.RELEASES);
        String key = "anthologies:" + variant;
        List<KeptItem> kept = keepable ? cache.find(key, KeptPage.class).map(KeptPage::items).orElse(List.of()) : List.of();
        SqlSort sort = criteria.sort();
        Optional<SqlSort.Condition> after = sort.after(page.after());

        SqlBuilder sql = new SqlBuilder().append("select given.company_id, given.person_id, given.total, item.ordinal, item.id, "
                + "item.version, item.embedded_version");
        List<String> keyColumns = sort.keyColumns();
        for (int i = 0; i < keyColumns.size(); i++) {
            String column = keyColumns.get(i);
            sql.append(", item." + column.substring(column.indexOf('.') + 1) + " as key" + i);
        }
        // Limits are written into the statement rather than bound: with them as parameters, PostgreSQL's estimate of a
        // generic plan stayed above that of a plan made for the values, so it planned every execution anew (0.6 ms).
        sql.append(", case when item.ordinal > " + page.limit() + " or exists (select 1 from unnest(?::uuid[], ?::bigint[], ?::bigint[]) as k(id, version, "
                        + "embedded_version) where k.id = item.id and k.version = item.version and k.embedded_version = item.embedded_version) "
                        + "then null else ", kept.stream().map(KeptItem::id).toArray(UUID[]::new),
                kept.stream().map(KeptItem::version).toArray(Long[]::new),
                kept.stream().map(KeptItem::embeddedVersion).toArray(Long[]::new))
                .append(AnthologyQueries.summaryJson("item", criteria.include()))
                .append(" end as item");
        boolean withReleases = criteria.include().contains(AnthologyInclude.RELEASES);
        if (withReleases) {
            sql.append(", releases.ids, releases.versions");
        }
        // the companies and people the filters name, looked up once; then the total, counted once
        sql.append(" from (select named.*");
        if (page.total()) {
            sql.append(", (select count(*) from anthology a where true");
            filters(sql, criteria, "named");
            sql.append(") as total");
        } else {
            sql.append(", null::bigint as total");
        }
        sql.append(" from (select ");
        named(sql, criteria.company(), "company");
        sql.append(", ");
        named(sql, criteria.person(), "person");
        sql.append(") named) given left join lateral (select a.*, row_number() over (order by " + sort.orderBy() + ") as ordinal "
                + "from anthology a where true");
        filters(sql, criteria, "given");
        after.ifPresent(condition -> sql.append(" and " + condition.where(), condition.parameters()));
        sql.append(" order by " + sort.orderBy() + " limit " + page.fetchSize() + ") item on true");
        if (withReleases) {
            sql.append(" left join lateral (select array_agg(t.id) as ids, array_agg(t.version) as versions from ("
                    + ReleaseQueries.tagRows("r.anthology_id = item.id") + ") t) releases on item.ordinal <= " + page.limit());
        }
        sql.append(" order by " + sort.orderBy("item"));

        return reads.query(sql.sql(), sql.parameters(), rows -> {
            EntityTags tags = EntityTags.forVariant(variant);
            List<KeptItem> items = new ArrayList<>();
            String next = null;
            Long total = null;
            boolean more = false;
            while (rows.next()) {
                if (criteria.company().isPresent() && rows.getObject("company_id") == null) {
                    throw Filters.unknown("company", "company", criteria.company().get());
                }
                if (criteria.person().isPresent() && rows.getObject("person_id") == null) {
                    throw Filters.unknown("person", "person", criteria.person().get());
                }
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
                long embeddedVersion = rows.getLong("embedded_version");
                tags.add(id, version).add("embedded:" + id, embeddedVersion);
                if (withReleases) {
                    AnthologyQueries.noteRows(rows, tags);
                }
                String item = rows.getString("item");
                items.add(item != null ? new KeptItem(id, version, embeddedVersion, RenderedJson.of(item))
                        : kept.stream().filter(known -> known.id().equals(id)).findFirst().orElseThrow());
                if (items.size() == page.limit()) {
                    next = sort.cursorAfter(rows, rows.findColumn("key0"));
                }
            }
            if (!more) {
                next = null;
            }
            if (total != null) {
                tags.add("total", total);
            }
            tags.add("more", more ? 1 : 0);
            if (keepable) {
                cache.keep(key, new KeptPage(List.copyOf(items)));
            }
            RenderedPage rendered = new RenderedPage(items.stream().map(KeptItem::json).toList(),
                    new Page.Info(page.limit(), next, total));
            return new TaggedPage(rendered, tags.toEntityTag());
        });
    }

    /** The id of the row a filter names, or null when there is none (or the filter is not given). */
    private static void named(SqlBuilder sql, Optional<Ref> ref, String table) {
        if (ref.isEmpty()) {
            sql.append("null::uuid as " + table + "_id");
            return;
        }
        sql.append("(select n.id from " + table + " n where ");
        sql.ref("n", ref.get());
        sql.append(") as " + table + "_id");
    }

    /**
     * The filters as conditions on the anthology row {@code a}, each beginning with {@code and}.
     *
     * @param named the alias of the row holding the ids of the company and person the filters name
     */
    private static void filters(SqlBuilder sql, Criteria criteria, String named) {
        criteria.yearFrom().ifPresent(year -> sql.append(" and a.release_year >= ?", year));
        criteria.yearTo().ifPresent(year -> sql.append(" and a.release_year <= ?", year));
        if (!criteria.kinds().isEmpty()) {
            sql.append(" and a.kind in (" + SqlBuilder.placeholders(criteria.kinds().size()) + ")",
                    criteria.kinds().stream().map(Enum::name).toList());
        }
        criteria.country().ifPresent(country -> sql.append(" and a.country = ?", country));
        // One set of ids rather than two exists tests joined by "or": the planner guessed that "or" kept three rows in
        // four and walked the whole slug index (22 ms) instead of reading the few hundred ids first (4 ms).
        criteria.company().ifPresent(company -> sql.append(" and a.id in (select l.anthology_id from anthology_company l "
                + "where l.company_id = " + named + ".company_id union select s.anthology_id from segment s where s.studio_id = "
                + named + ".company_id)"));
        if (criteria.person().isPresent() || criteria.role().isPresent()) {
            sql.append(" and exists (select 1 from credit c where c.anthology_id = a.id");
            criteria.person().ifPresent(person -> sql.append(" and c.person_id = " + named + ".person_id"));
            criteria.role().ifPresent(role -> sql.append(" and c.role = ?", role.name()));
            sql.append(")");
        }
    }
}
