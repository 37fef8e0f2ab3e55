package io.animecatalogue.release;

import io.animecatalogue.anthology.AnthologyQueries;
import io.animecatalogue.company.CompanyQueries;
import io.animecatalogue.database.ListStatement;
import io.animecatalogue.database.Reads;
import io.animecatalogue.database.SqlBuilder;
import io.animecatalogue.database.SqlJson;
import io.animecatalogue.database.TagRows;
import io.animecatalogue.anthology.segment.SegmentQueries;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.FixedOrder;
import io.animecatalogue.shared.PageRequest;
import io.animecatalogue.shared.ProblemException;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.RenderedJson;
import io.animecatalogue.shared.RenderedPage;
import io.animecatalogue.shared.Sort;
import io.animecatalogue.shared.Tagged;
import io.animecatalogue.shared.TaggedPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The read side of releases: each read one statement that renders the releases as the API shows them. */
@ApplicationScoped
public class ReleaseQueries {

    /** An anthology's releases: oldest first, unknown years last, then by slug. */
    public static final String CHRONOLOGICAL = "coalesce(r.release_year, 9999), r.slug";

    /** The fields the list can be sorted by; the default, slug, is the order the list always had. */
    public static final List<Sort.Field> SORTABLE = List.of(
            Sort.Field.nullable("releaseDate", "r.release_date", Sort.Type.DATE),
            Sort.Field.of("slug", "r.slug", Sort.Type.TEXT),
            Sort.Field.of("createdAt", "r.created_at", Sort.Type.TIMESTAMP));

    /** What a request asks of the list, checked. */
    public record Criteria(Set<ReleaseFormat> formats, Optional<String> country, Optional<String> regionCode,
                           Optional<Ref> publisher, Set<PrintStatus> printStatuses, Optional<LocalDate> releasedFrom,
                           Optional<LocalDate> releasedTo, Optional<Ref> segment, Sort sort, List<ListStatement.Named> names) {
    }

    /** The joins that give a page's release row {@code item} what {@link #view} shows of others. */
    private static final String SHOWN = "left join anthology ra on ra.id = item.anthology_id "
            + "left join company rp on rp.id = item.publisher_id";

    @Inject
    Reads reads;

    /**
     * {@link ReleaseView} of the release row {@code r}.
     *
     * @param publisher the alias of its publisher, a company row of a left join
     * @param anthology the release's anthology as an {@code AnthologyRef}
     */
    public static String view(String r, String publisher, String anthology) {
        return ("json_build_object('id', %1$s.id, 'slug', %1$s.slug, 'anthology', %2$s, 'format', %3$s, "
                + "'country', %1$s.country, 'regionCodes', %1$s.region_codes, 'publisher', %4$s, "
                + "'releaseDate', %1$s.release_date, 'releaseYear', %1$s.release_year, 'edition', %1$s.edition, "
                + "'catalogNumber', %1$s.catalog_number, 'barcode', %1$s.barcode, 'aspectRatio', %1$s.aspect_ratio, "
                + "'anamorphic', %1$s.anamorphic, 'audioTracks', %5$s, 'subtitleLanguages', %1$s.subtitle_languages, "
                + "'discCount', %1$s.disc_count, 'runtimeMinutes', %1$s.runtime_minutes, 'bonusFeatures', %1$s.bonus_features, "
                + "'printStatus', %6$s, 'segments', %7$s, 'notes', %1$s.notes, 'createdAt', %8$s, 'updatedAt', %9$s)")
                .formatted(r, anthology, SqlJson.code(r + ".format"), CompanyQueries.optionalRef(publisher),
                        SqlJson.array("json_build_object('language', t.language, 'codec', t.codec, 'channels', t.channels)",
                                "from release_audio_track t where t.release_id = " + r + ".id", "t.position"),
                        SqlJson.code(r + ".print_status"),
                        SqlJson.array(SegmentQueries.ref("rs_s"), "from release_segment rs join segment rs_s on rs_s.id = rs.segment_id "
                                + "where rs.release_id = " + r + ".id", "rs_s.position"),
                        SqlJson.instant(r + ".created_at"), SqlJson.instant(r + ".updated_at"));
    }

    /**
     * The (id, version) of every row the releases {@code where} selects show (of the release row {@code r}): each
     * release, its anthology, its publisher and its segments, for an ETag.
     */
    public static String tagRows(String where) {
        return "select r.id, r.version from video_release r where " + where
                + " union all select ra.id, ra.version from video_release r join anthology ra on ra.id = r.anthology_id where " + where
                + " union all select rp.id, rp.version from video_release r join company rp on rp.id = r.publisher_id where " + where
                + " union all select rs_s.id, rs_s.version from video_release r join release_segment rs on rs.release_id = r.id "
                + "join segment rs_s on rs_s.id = rs.segment_id where " + where;
    }

    private static final String ITEM = view("item", "rp", AnthologyQueries.ref("ra"));
    private static final String DETAIL = "select " + view("rel", "rp", AnthologyQueries.ref("ra")) + " as body, tags.ids, "
            + "tags.versions from video_release rel join anthology ra on ra.id = rel.anthology_id "
            + "left join company rp on rp.id = rel.publisher_id " + TagRows.lateral(tagRows("r.id = rel.id"), "tags", "true")
            + " where ";

    /** One release; the ETag notes what {@link #tagRows} lists, as a write's If-Match check does. */
    public Tagged<RenderedJson> detail(Ref ref) {
        SqlBuilder sql = new SqlBuilder().append(DETAIL).ref("rel", ref);
        return reads.query(sql.sql(), sql.parameters(), rows -> {
            if (!rows.next()) {
                throw ProblemException.notFound("release", ref.toString());
            }
            EntityTags tags = EntityTags.forVariant("release");
            TagRows.note(rows, tags);
            return tags.tag(RenderedJson.of(rows.getString("body")));
        });
    }

    /** @param variant the list and every parameter of the request, part of the page's ETag */
    public TaggedPage page(Supplier<Criteria> request, PageRequest page, String variant) {
        Criteria criteria = ListStatement.checked(request, reads);
        ListStatement list = new ListStatement("video_release r", "r.*")
                .named(criteria.names())
                .order(criteria.sort())
                .column("tags.ids").column("tags.versions")
                .item(ITEM)
                .join(SHOWN)
                .join(TagRows.lateral(tagRows("r.id = item.id"), "tags", "item.ordinal <= " + page.limit()));
        if (!criteria.formats().isEmpty()) {
            list.where("r.format in (" + SqlBuilder.placeholders(criteria.formats().size()) + ")",
                    criteria.formats().stream().map(Enum::name).toArray());
        }
        criteria.country().ifPresent(country -> list.where("r.country = ?", country));
        criteria.regionCode().ifPresent(code -> list.where("array_position(r.region_codes, ?) > 0", code));
        criteria.publisher().ifPresent(publisher -> list.where("r.publisher_id = {given}.publisher_id"));
        if (!criteria.printStatuses().isEmpty()) {
            list.where("r.print_status in (" + SqlBuilder.placeholders(criteria.printStatuses().size()) + ")",
                    criteria.printStatuses().stream().map(Enum::name).toArray());
        }
        criteria.releasedFrom().ifPresent(date -> list.where("r.release_date >= ?", date));
        criteria.releasedTo().ifPresent(date -> list.where("r.release_date <= ?", date));
        criteria.segment().ifPresent(segment -> list.where("exists (select 1 from release_segment rs "
                + "where rs.release_id = r.id and rs.segment_id = {given}.hasSegment_id)"));
        EntityTags tags = EntityTags.forVariant(variant);
        return list.run(reads, page, row -> {
            TagRows.note(row, tags);
            return ListStatement.item(row);
        }).tagged(tags);
    }

    /** One anthology's releases, oldest first; an unknown anthology is a 404. */
    public TaggedPage ofAnthology(Ref anthology, PageRequest page, String variant) {
        EntityTags tags = EntityTags.forVariant(variant);
        return new ListStatement("video_release r", "r.*")
                .within("anthology", "anthology", anthology)
                .where("r.anthology_id = {given}.parent_id")
                .order(FixedOrder.ascending(FixedOrder.key("coalesce(r.release_year, 9999)", FixedOrder.Type.SMALLINT),
                        FixedOrder.key("r.slug", FixedOrder.Type.TEXT)))
                .column("tags.ids").column("tags.versions")
                .item(ITEM)
                .join(SHOWN)
                .join(TagRows.lateral(tagRows("r.id = item.id"), "tags", "item.ordinal <= " + page.limit()))
                .run(reads, page, row -> {
                    TagRows.note(row, tags);
                    return ListStatement.item(row);
                })
                .tagged(tags);
    }
}
