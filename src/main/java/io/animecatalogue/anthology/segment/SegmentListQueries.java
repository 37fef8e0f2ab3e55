package io.animecatalogue.anthology.segment;

import io.animecatalogue.anthology.AnthologyQueries;
import io.animecatalogue.person.CreditRole;
import io.animecatalogue.database.ListStatement;
import io.animecatalogue.database.Reads;
import io.animecatalogue.shared.DocumentCache;
import io.animecatalogue.shared.EntityTags;
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
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Pages of the list of all segments, each in one statement ({@link ListStatement}). A page rendered before is kept
 * with the versions of the rows each item shows (the segment, its anthology and its studio, which its ETag notes
 * too); the statement renders only the items whose rows differ from those, so that a page whose items have not
 * changed costs the reading of its rows.
 */
@ApplicationScoped
public class SegmentListQueries {

    /** The fields the list can be sorted by; the default, slug, is the order the list always had. */
    public static final List<Sort.Field> SORTABLE = List.of(
            Sort.Field.of("title", "s.title", Sort.Type.TEXT),
            Sort.Field.of("slug", "s.slug", Sort.Type.TEXT),
            Sort.Field.nullable("runtimeMinutes", "s.runtime_minutes", Sort.Type.INTEGER));

    /** What a request asks of the list, checked. */
    public record Criteria(Optional<Ref> anthology, Optional<Ref> person, Optional<CreditRole> role, Optional<Ref> studio,
                           Sort sort, List<ListStatement.Named> names) {
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

    /** An item, unless it is kept with the versions its rows have now. */
    private static final String ITEM = "case when exists (select 1 from unnest(?::uuid[], ?::bigint[], ?::uuid[], ?::bigint[], "
            + "?::uuid[], ?::bigint[]) as k(id, version, anthology_id, anthology_version, studio_id, studio_version) "
            + "where k.id = item.id and k.version = item.version and k.anthology_id = ia.id and k.anthology_version = ia.version "
            + "and k.studio_id is not distinct from ist.id and k.studio_version is not distinct from ist.version) then null else "
            + SegmentQueries.view("item", "ist", AnthologyQueries.ref("ia"), null) + " end";

    @Inject
    Reads reads;

    @Inject
    DocumentCache cache;

    /**
     * @param variant the list and every parameter of the request: the key of the kept page, and part of its ETag
     */
    public TaggedPage page(Supplier<Criteria> request, PageRequest page, String variant) {
        Criteria criteria = ListStatement.checked(request, reads);
        String key = "segments:" + variant;
        List<KeptItem> kept = cache.find(key, KeptPage.class).map(KeptPage::items).orElse(List.of());
        ListStatement list = new ListStatement("segment s", "s.*")
                .named(criteria.names())
                .order(criteria.sort())
                .column("item.id").column("item.version").column("ia.id as anthology_id").column("ia.version as anthology_version")
                .column("ist.id as studio_id").column("ist.version as studio_version")
                .item(ITEM, kept.stream().map(KeptItem::id).toArray(UUID[]::new),
                        kept.stream().map(KeptItem::version).toArray(Long[]::new),
                        kept.stream().map(KeptItem::anthologyId).toArray(UUID[]::new),
                        kept.stream().map(KeptItem::anthologyVersion).toArray(Long[]::new),
                        kept.stream().map(KeptItem::studioId).toArray(UUID[]::new),
                        kept.stream().map(KeptItem::studioVersion).toArray(Long[]::new))
                .join("left join anthology ia on ia.id = item.anthology_id left join company ist on ist.id = item.studio_id");
        criteria.anthology().ifPresent(ref -> list.where("s.anthology_id = {given}.anthology_id"));
        criteria.studio().ifPresent(ref -> list.where("s.studio_id = {given}.studio_id"));
        // credits on the whole anthology are not the segments': only those whose segment is this one count
        if (criteria.person().isPresent() || criteria.role().isPresent()) {
            list.where("exists (select 1 from credit c where c.segment_id = s.id"
                            + (criteria.person().isPresent() ? " and c.person_id = {given}.person_id" : "")
                            + (criteria.role().isPresent() ? " and c.role = ?" : "") + ")",
                    criteria.role().map(role -> new Object[]{role.name()}).orElse(new Object[0]));
        }

        EntityTags tags = EntityTags.forVariant(variant);
        List<KeptItem> items = new ArrayList<>();
        TaggedPage tagged = list.run(reads, page, row -> {
            UUID id = row.getObject("id", UUID.class);
            long version = row.getLong("version");
            UUID anthologyId = row.getObject("anthology_id", UUID.class);
            long anthologyVersion = row.getLong("anthology_version");
            tags.add(id, version).add(anthologyId, anthologyVersion);
            UUID studioId = row.getObject("studio_id", UUID.class);
            Long studioVersion = null;
            if (studioId != null) {
                studioVersion = row.getLong("studio_version");
                tags.add(studioId, studioVersion);
            }
            String item = row.getString("item");
            KeptItem rendered = item != null
                    ? new KeptItem(id, version, anthologyId, anthologyVersion, studioId, studioVersion, RenderedJson.of(item))
                    : kept.stream().filter(known -> known.id().equals(id)).findFirst().orElseThrow();
            items.add(rendered);
            return rendered.json();
        }).tagged(tags);
        cache.keep(key, new KeptPage(List.copyOf(items)));
        return tagged;
    }
}
