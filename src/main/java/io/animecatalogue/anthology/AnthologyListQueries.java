package io.animecatalogue.anthology;

import io.animecatalogue.person.CreditRole;
import io.animecatalogue.database.ListStatement;
import io.animecatalogue.database.Reads;
import io.animecatalogue.database.SqlBuilder;
import io.animecatalogue.database.TagRows;
import io.animecatalogue.shared.DocumentCache;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.Page;
import io.animecatalogue.shared.PageRequest;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.RenderedJson;
import io.animecatalogue.shared.Sort;
import io.animecatalogue.shared.TaggedPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

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
    public static final List<Sort.Field> SORTABLE = List.of(
            Sort.Field.of("title", "a.title", Sort.Type.TEXT),
            Sort.Field.nullable("releaseYear", "a.release_year", Sort.Type.SMALLINT),
            Sort.Field.of("slug", "a.slug", Sort.Type.TEXT),
            Sort.Field.of("createdAt", "a.created_at", Sort.Type.TIMESTAMP));

    /** What a request asks of the list, checked. */
    public record Criteria(Optional<Short> yearFrom, Optional<Short> yearTo, Set<AnthologyKind> kinds,
                           Optional<String> country, Optional<Ref> company, Optional<Ref> person, Optional<CreditRole> role,
                           Sort sort, Set<AnthologyInclude> include, List<ListStatement.Named> names) {
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
    AnthologyQueries anthologies;

    @Inject
    ReleasesOfAnthology releases;

    @Inject
    Reads reads;

    @Inject
    DocumentCache cache;

    /**
     * @param variant the list and every parameter of the request: the key of the kept page, and part of its ETag
     */
    public TaggedPage page(Supplier<Criteria> request, PageRequest page, String variant) {
        Criteria criteria = ListStatement.checked(request, reads);
        boolean keepable = !criteria.include().contains(AnthologyInclude.RELEASES);
        String key = "anthologies:" + variant;
        List<KeptItem> kept = keepable ? cache.find(key, KeptPage.class).map(KeptPage::items).orElse(List.of()) : List.of();
        ListStatement list = new ListStatement("anthology a", "a.*")
                .named(criteria.names())
                .order(criteria.sort())
                .column("item.id").column("item.version").column("item.embedded_version")
                .item("case when exists (select 1 from unnest(?::uuid[], ?::bigint[], ?::bigint[]) as k(id, version, "
                                + "embedded_version) where k.id = item.id and k.version = item.version "
                                + "and k.embedded_version = item.embedded_version) then null else "
                                + anthologies.summaryJson(criteria.include()) + " end",
                        kept.stream().map(KeptItem::id).toArray(UUID[]::new),
                        kept.stream().map(KeptItem::version).toArray(Long[]::new),
                        kept.stream().map(KeptItem::embeddedVersion).toArray(Long[]::new));
        filters(list, criteria);
        boolean withReleases = criteria.include().contains(AnthologyInclude.RELEASES);
        if (withReleases) {
            list.column("releases.ids").column("releases.versions")
                    .join(TagRows.lateral(releases.tagRows("item"), "releases",
                            "item.ordinal <= " + page.limit()));
        }

        EntityTags tags = EntityTags.forVariant(variant);
        List<KeptItem> items = new ArrayList<>();
        ListStatement.Page read = list.run(reads, page, row -> {
            UUID id = row.getObject("id", UUID.class);
            long version = row.getLong("version");
            long embeddedVersion = row.getLong("embedded_version");
            tags.add(id, version).add("embedded:" + id, embeddedVersion);
            if (withReleases) {
                TagRows.note(row, tags);
            }
            String item = row.getString("item");
            KeptItem rendered = item != null ? new KeptItem(id, version, embeddedVersion, RenderedJson.of(item))
                    : kept.stream().filter(known -> known.id().equals(id)).findFirst().orElseThrow();
            items.add(rendered);
            return rendered.json();
        });
        if (keepable) {
            cache.keep(key, new KeptPage(List.copyOf(items)));
        }
        return read.tagged(tags);
    }

    /** The filters, as conditions on the anthology row {@code a}. */
    private static void filters(ListStatement list, Criteria criteria) {
        criteria.yearFrom().ifPresent(year -> list.where("a.release_year >= ?", year));
        criteria.yearTo().ifPresent(year -> list.where("a.release_year <= ?", year));
        if (!criteria.kinds().isEmpty()) {
            list.where("a.kind in (" + SqlBuilder.placeholders(criteria.kinds().size()) + ")",
                    criteria.kinds().stream().map(Enum::name).toArray());
        }
        criteria.country().ifPresent(country -> list.where("a.country = ?", country));
        // One set of ids rather than two exists tests joined by "or": the planner guessed that "or" kept three rows in
        // four and walked the whole slug index (22 ms) instead of reading the few hundred ids first (4 ms).
        criteria.company().ifPresent(company -> list.where("a.id in (select l.anthology_id from anthology_company l "
                + "where l.company_id = {given}.company_id union select s.anthology_id from segment s "
                + "where s.studio_id = {given}.company_id)"));
        if (criteria.person().isPresent() || criteria.role().isPresent()) {
            list.where("exists (select 1 from credit c where c.anthology_id = a.id"
                            + (criteria.person().isPresent() ? " and c.person_id = {given}.person_id" : "")
                            + (criteria.role().isPresent() ? " and c.role = ?" : "") + ")",
                    criteria.role().map(role -> new Object[]{role.name()}).orElse(new Object[0]));
        }
    }
}
