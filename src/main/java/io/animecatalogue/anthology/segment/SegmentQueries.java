package io.animecatalogue.anthology.segment;

import io.animecatalogue.shared.TaggedPage;
import io.animecatalogue.anthology.AnthologyQueries;
import io.animecatalogue.company.CompanyQueries;
import io.animecatalogue.anthology.credit.CreditQueries;
import io.animecatalogue.database.ListStatement;
import io.animecatalogue.database.Reads;
import io.animecatalogue.database.SqlBuilder;
import io.animecatalogue.database.SqlJson;
import io.animecatalogue.shared.DocumentCache;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.FixedOrder;
import io.animecatalogue.shared.PageRequest;
import io.animecatalogue.shared.ProblemException;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.DeflatedJson;
import io.animecatalogue.shared.RenderedJson;
import io.animecatalogue.shared.RenderedPage;
import io.animecatalogue.shared.Tagged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.animecatalogue.shared.Tag;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/**
 * The read side of segments: the SQL that renders them, and the reads of one segment and of an anthology's segments,
 * each in one statement (the list of all segments is {@link SegmentListQueries}).
 */
@ApplicationScoped
public class SegmentQueries {

    @Inject
    Reads reads;

    @Inject
    DocumentCache cache;

    /** {@link SegmentRef} of the segment row {@code s}. */
    public static String ref(String s) {
        return ("json_build_object('id', %1$s.id, 'slug', %1$s.slug, 'position', %1$s.position, 'title', %1$s.title, "
                + "'titleNative', %1$s.title_native, 'titleRomanized', %1$s.title_romanized)").formatted(s);
    }

    /**
     * {@link SegmentView} of the segment row {@code s}.
     *
     * @param studio    the alias of its studio, a company row of a left join
     * @param anthology the segment's anthology as an {@code AnthologyRef}
     * @param credits   its credits as a JSON array, or null to leave the member out
     */
    public static String view(String s, String studio, String anthology, String credits) {
        return ("json_build_object('id', %1$s.id, 'slug', %1$s.slug, 'anthology', %3$s, 'position', %1$s.position, "
                + "'title', %1$s.title, 'titleNative', %1$s.title_native, 'titleRomanized', %1$s.title_romanized, "
                + "'alternateTitles', %1$s.alternate_titles, 'runtimeMinutes', %1$s.runtime_minutes, 'synopsis', %1$s.synopsis, "
                + "'studio', %4$s, 'sourceWork', %1$s.source_work, 'createdAt', %5$s, 'updatedAt', %6$s%7$s)")
                .formatted(s, studio, anthology, CompanyQueries.optionalRef(studio), SqlJson.instant(s + ".created_at"),
                        SqlJson.instant(s + ".updated_at"), credits == null ? "" : ", 'credits', " + credits);
    }

    /** A detail as rendered, with the rows it was rendered from (ordered by id, then version) and its ETag. */
    private record KeptDetail(UUID[] ids, Long[] versions, Tag tag, DeflatedJson document) implements DocumentCache.Entry {
        @Override
        public int weight() {
            return document.weight() + 150 + ids.length * 24;
        }
    }

    private record DetailKey(String ref, Set<SegmentInclude> include) {
    }

    /**
     * One segment, with its staff when {@code include} asks for them, and its ETag: the segment, its anthology and its
     * studio, and with the staff each credit and its person, as the writes tag a segment. A detail rendered before is
     * kept with those rows' versions; the statement reads them and renders nothing when they are the kept ones, which
     * is when the ETag is the same too.
     */
    public Tagged<RenderedJson> detail(Ref ref, Set<SegmentInclude> include) {
        boolean withCredits = include.contains(SegmentInclude.CREDITS);
        DetailKey key = new DetailKey(ref instanceof Ref.Id ? ref.toString() : "slug:" + ref, include);
        KeptDetail kept = cache.find(key, KeptDetail.class).orElse(null);
        String rows = "select sg.id, sg.version union all select sg_a.id, sg_a.version "
                + "union all select sg_st.id, sg_st.version where sg_st.id is not null"
                + (withCredits ? " union all " + CreditQueries.tagRows("c.segment_id = sg.id") : "");
        SqlBuilder sql = new SqlBuilder()
                .append("select case when tags.ids = ?::uuid[] and tags.versions = ?::bigint[] then null else ",
                        Arrays.asList(kept == null ? null : kept.ids(), kept == null ? null : kept.versions()))
                .append(view("sg", "sg_st", AnthologyQueries.ref("sg_a"), withCredits ? CreditQueries.list("c.segment_id = sg.id") : null)
                        + " end as body, tags.ids, tags.versions from segment sg join anthology sg_a on sg_a.id = sg.anthology_id "
                        + "left join company sg_st on sg_st.id = sg.studio_id left join lateral (select "
                        + "array_agg(t.id order by t.id, t.version) as ids, array_agg(t.version order by t.id, t.version) as versions "
                        + "from (" + rows + ") t) tags on true where ")
                .ref("sg", ref);
        return reads.query(sql.sql(), sql.parameters(), result -> {
            if (!result.next()) {
                throw ProblemException.notFound("segment", ref.toString());
            }
            String body = result.getString("body");
            if (body == null) {
                return new Tagged<>(kept.document().json(), kept.tag());
            }
            EntityTags tags = EntityTags.forVariant("segment" + include);
            UUID[] ids = (UUID[]) result.getArray("ids").getArray();
            Long[] versions = (Long[]) result.getArray("versions").getArray();
            for (int i = 0; i < ids.length; i++) {
                tags.add(ids[i], versions[i]);
            }
            Tagged<RenderedJson> rendered = tags.tag(RenderedJson.of(body));
            cache.keep(key, new KeptDetail(ids, versions, rendered.tag(), DeflatedJson.of(rendered.body())));
            return rendered;
        });
    }

    /** An anthology's segment as a list item, on the page's row {@code item}; joined as {@link #OF_ANTHOLOGY_JOINS} says. */
    private static final String OF_ANTHOLOGY_ITEM = view("item", "ist", AnthologyQueries.ref("ga"), null);
    private static final String OF_ANTHOLOGY_JOINS = "left join anthology ga on ga.id = item.anthology_id "
            + "left join company ist on ist.id = item.studio_id";

    /** One anthology's segments in running order; an unknown anthology is a 404, whatever the cursor says. */
    public TaggedPage ofAnthology(Ref anthologyRef, PageRequest page, String variant) {
        EntityTags tags = EntityTags.forVariant(variant);
        return new ListStatement("segment s", "s.*")
                .within("anthology", "anthology", anthologyRef)
                .where("s.anthology_id = {given}.parent_id")
                .order(FixedOrder.ascending(FixedOrder.key("s.position", FixedOrder.Type.SMALLINT)))
                .column("item.id").column("item.version").column("ga.id as anthology_id").column("ga.version as anthology_version")
                .column("ist.id as studio_id").column("ist.version as studio_version")
                .item(OF_ANTHOLOGY_ITEM)
                .join(OF_ANTHOLOGY_JOINS)
                .run(reads, page, row -> {
                    tags.add(row.getObject("id", UUID.class), row.getLong("version"))
                            .add(row.getObject("anthology_id", UUID.class), row.getLong("anthology_version"));
                    UUID studio = row.getObject("studio_id", UUID.class);
                    if (studio != null) {
                        tags.add(studio, row.getLong("studio_version"));
                    }
                    return ListStatement.item(row);
                })
                .tagged(tags);
    }
}
