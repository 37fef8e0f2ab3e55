package io.animecatalogue.anthology.credit;

import io.animecatalogue.shared.TaggedPage;
import io.animecatalogue.anthology.AnthologyQueries;
import io.animecatalogue.database.ListStatement;
import io.animecatalogue.database.Reads;
import io.animecatalogue.database.SqlJson;
import io.animecatalogue.person.PersonQueries;
import io.animecatalogue.anthology.segment.SegmentQueries;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.FixedOrder;
import io.animecatalogue.shared.PageRequest;
import io.animecatalogue.shared.ProblemException;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.RenderedJson;
import io.animecatalogue.shared.RenderedPage;
import io.animecatalogue.shared.Tagged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/**
 * The read side of credits: the SQL that renders them, and the reads of one credit and of a person's filmography,
 * each in one statement.
 */
@ApplicationScoped
public class CreditQueries {

    /** Where a credit on an anthology of unknown year sits in a filmography: after every known year. */
    private static final int UNKNOWN_YEAR = 9999;

    @Inject
    Reads reads;

    /** {@link CreditView} of the credit row {@code c} with its person row {@code p}. */
    public static String view(String c, String p) {
        return "json_build_object('id', %1$s.id, 'role', %2$s, 'person', %3$s, 'note', %1$s.note, 'order', %1$s.position)"
                .formatted(c, SqlJson.code(c + ".role"), PersonQueries.ref(p));
    }

    /**
     * The credits that {@code where} selects (of the credit row {@code c}), as a JSON array in billing order.
     *
     * @param where a condition on {@code c}, such as {@code c.segment_id = s.id}
     */
    public static String list(String where) {
        return SqlJson.array(view("c", "p"), "from credit c join person p on p.id = c.person_id where " + where, "c.position, c.id");
    }

    /** The (id, version) of the credits {@code where} selects and of their people, for an ETag. */
    public static String tagRows(String where) {
        return "select c.id, c.version from credit c where " + where
                + " union all select p.id, p.version from credit c join person p on p.id = c.person_id where " + where;
    }

    /**
     * {@link CreditDetail} of the credit row {@code c} with its person {@code p}, its anthology {@code a} and its
     * segment {@code s}, a row of a left join (null when the credit is on the whole anthology).
     */
    private static String detailJson(String c, String p, String a, String s) {
        return ("json_build_object('id', %1$s.id, 'role', %2$s, 'person', %3$s, 'anthology', %4$s, 'segment', %5$s, "
                + "'note', %1$s.note, 'order', %1$s.position, 'createdAt', %6$s, 'updatedAt', %7$s)")
                .formatted(c, SqlJson.code(c + ".role"), PersonQueries.ref(p), AnthologyQueries.ref(a),
                        SqlJson.optional(s + ".id is not null", SegmentQueries.ref(s)),
                        SqlJson.instant(c + ".created_at"), SqlJson.instant(c + ".updated_at"));
    }

    /** {@link FilmographyEntry} of the credit row {@code c} with its anthology {@code a} and segment {@code s} (left join). */
    private static String filmographyJson(String c, String a, String s) {
        return ("json_build_object('id', %1$s.id, 'role', %2$s, 'anthology', %3$s, 'segment', %4$s, 'note', %1$s.note, "
                + "'order', %1$s.position)")
                .formatted(c, SqlJson.code(c + ".role"), AnthologyQueries.ref(a),
                        SqlJson.optional(s + ".id is not null", SegmentQueries.ref(s)));
    }

    /**
     * One credit with everything it links, and its ETag: the credit, its person, its anthology and its segment, as the
     * writes tag it. Credits have no slug: a slug is a 400, not a 404.
     */
    public Tagged<RenderedJson> detail(Ref ref) {
        if (!(ref instanceof Ref.Id id)) {
            throw ProblemException.invalidParameter("ref", "must be a credit id (a UUID); credits have no slug");
        }
        String sql = "select cr.id, cr.version, cd_p.id as person_id, cd_p.version as person_version, cd_a.id as anthology_id, "
                + "cd_a.version as anthology_version, cd_s.id as segment_id, cd_s.version as segment_version, "
                + detailJson("cr", "cd_p", "cd_a", "cd_s") + " as body "
                + "from credit cr join person cd_p on cd_p.id = cr.person_id join anthology cd_a on cd_a.id = cr.anthology_id "
                + "left join segment cd_s on cd_s.id = cr.segment_id where cr.id = ?";
        return reads.query(sql, List.of(id.value()), rows -> {
            if (!rows.next()) {
                throw ProblemException.notFound("credit", ref.toString());
            }
            EntityTags tags = EntityTags.forVariant("credit")
                    .add(rows.getObject("id", UUID.class), rows.getLong("version"))
                    .add(rows.getObject("person_id", UUID.class), rows.getLong("person_version"))
                    .add(rows.getObject("anthology_id", UUID.class), rows.getLong("anthology_version"));
            UUID segment = rows.getObject("segment_id", UUID.class);
            if (segment != null) {
                tags.add(segment, rows.getLong("segment_version"));
            }
            return tags.tag(RenderedJson.of(rows.getString("body")));
        });
    }

    /** A credit as a filmography item, on the page's row {@code item}; joined as {@link #FILMOGRAPHY_JOINS} says. */
    private static final String FILMOGRAPHY_ITEM = filmographyJson("item", "ia", "isg");
    private static final String FILMOGRAPHY_JOINS = "left join anthology ia on ia.id = item.anthology_id "
            + "left join segment isg on isg.id = item.segment_id";

    /**
     * A page of a person's filmography: oldest anthology first (unknown years last), then by anthology slug, each
     * anthology's own credits before its segments', segments in running order, then billing order. An unknown person
     * is a 404, whatever the cursor says.
     */
    public TaggedPage filmography(Ref personRef, PageRequest page, String variant) {
        EntityTags tags = EntityTags.forVariant(variant);
        return new ListStatement("credit c join anthology a on a.id = c.anthology_id left join segment s on s.id = c.segment_id",
                "c.*")
                .within("person", "person", personRef)
                .where("c.person_id = {given}.parent_id")
                .order(FixedOrder.ascending(
                        FixedOrder.key("coalesce(a.release_year, " + UNKNOWN_YEAR + ")", FixedOrder.Type.SMALLINT),
                        FixedOrder.key("a.slug", FixedOrder.Type.TEXT),
                        FixedOrder.key("coalesce(s.position, 0)", FixedOrder.Type.SMALLINT),
                        FixedOrder.key("c.position", FixedOrder.Type.SMALLINT),
                        FixedOrder.key("c.id", FixedOrder.Type.UUID)))
                .column("item.id").column("item.version").column("ia.id as anthology_id")
                .column("ia.version as anthology_version").column("isg.id as segment_id").column("isg.version as segment_version")
                .item(FILMOGRAPHY_ITEM)
                .join(FILMOGRAPHY_JOINS)
                .run(reads, page, row -> {
                    tags.add(row.getObject("id", UUID.class), row.getLong("version"))
                            .add(row.getObject("anthology_id", UUID.class), row.getLong("anthology_version"));
                    UUID segment = row.getObject("segment_id", UUID.class);
                    if (segment != null) {
                        tags.add(segment, row.getLong("segment_version"));
                    }
                    return ListStatement.item(row);
                })
                .tagged(tags);
    }
}
