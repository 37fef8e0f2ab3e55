package io.animecatalogue.anthology;

import io.animecatalogue.company.CompanyQueries;
import io.animecatalogue.anthology.credit.CreditQueries;
import io.animecatalogue.database.Reads;
import io.animecatalogue.externalid.ExternalIdQueries;
import io.animecatalogue.database.SqlJson;
import io.animecatalogue.database.TagRows;
import io.animecatalogue.anthology.segment.SegmentQueries;
import io.animecatalogue.shared.DocumentCache;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.ProblemException;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.DeflatedJson;
import io.animecatalogue.shared.RenderedJson;
import io.animecatalogue.shared.Tagged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.animecatalogue.shared.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The read side of anthologies: one statement per request renders the anthology as the API shows it, with what
 * {@code include} embeds, and returns the versions its ETag is made of. A document rendered before is kept
 * ({@link DocumentCache}) with the anthology's {@code version} and {@code embedded_version}, which between them
 * change whenever anything the document shows changes (migration V8); the statement compares them with the kept ones
 * and renders nothing when they agree. Releases have versions of their own, so documents that embed them are
 * rendered every time.
 */
@ApplicationScoped
public class AnthologyQueries {

    @Inject
    Reads reads;

    @Inject
    DocumentCache cache;

    @Inject
    ReleasesOfAnthology releases;

    /** {@link AnthologyRef} of the anthology row {@code a}. */
    public static String ref(String a) {
        return ("json_build_object('id', %1$s.id, 'slug', %1$s.slug, 'title', %1$s.title, 'titleNative', %1$s.title_native, "
                + "'titleRomanized', %1$s.title_romanized, 'kind', %2$s, 'releaseYear', %1$s.release_year)")
                .formatted(a, SqlJson.code(a + ".kind"));
    }

    /** A detail as rendered, with the versions it was rendered from and its ETag. */
    private record KeptDetail(UUID id, long version, long embeddedVersion, Tag tag, DeflatedJson document)
            implements DocumentCache.Entry {
        @Override
        public int weight() {
            return document.weight() + 150;
        }
    }

    private record DetailKey(String ref, Set<AnthologyInclude> include) {
    }

    /** The shape of a detail's statement: by id or by slug, and what it embeds. */
    private record StatementKey(boolean byId, Set<AnthologyInclude> include) {
    }

    /** Each shape's statement, made once: formatting its SQL was a tenth of a detail read's CPU. */
    private final Map<StatementKey, String> detailStatements = new ConcurrentHashMap<>();

    /**
     * The detail, rendered unless the anthology row still has the id and versions of the kept document (the first
     * three parameters, repeated for the ETag's rows), then the id or slug.
     */
    private String detailStatement(StatementKey key) {
        return "select a.id, a.version, a.embedded_version, case when (a.id, a.version, a.embedded_version) "
                + "is not distinct from (?::uuid, ?::bigint, ?::bigint) then null else " + detailJson("a", key.include())
                + " end as body, tags.ids, tags.versions from anthology a "
                // the rows of the ETag are gathered only when the document is rendered again
                + TagRows.lateral(tagRows("a", key.include()), "tags",
                "(a.id, a.version, a.embedded_version) is distinct from (?::uuid, ?::bigint, ?::bigint)")
                + (key.byId() ? " where a.id = ?" : " where a.slug = ?");
    }

    /** One anthology with what {@code include} asks for (a detail always shows its companies). */
    public Tagged<RenderedJson> detail(Ref ref, Set<AnthologyInclude> include) {
        boolean keepable = !include.contains(AnthologyInclude.RELEASES);
        DetailKey key = new DetailKey(ref instanceof Ref.Id ? ref.toString() : "slug:" + ref, include);
        KeptDetail kept = keepable ? cache.find(key, KeptDetail.class).orElse(null) : null;
        List<Object> parameters = new ArrayList<>(7);
        for (int i = 0; i < 2; i++) {
            parameters.add(kept == null ? null : kept.id());
            parameters.add(kept == null ? null : kept.version());
            parameters.add(kept == null ? null : kept.embeddedVersion());
        }
        parameters.add(ref instanceof Ref.Id id ? id.value() : ((Ref.Slug) ref).value());
        String sql = detailStatements.computeIfAbsent(new StatementKey(ref instanceof Ref.Id, include),
                this::detailStatement);
        return reads.query(sql, parameters, rows -> {
            if (!rows.next()) {
                throw ProblemException.notFound("anthology", ref.toString());
            }
            String body = rows.getString("body");
            if (body == null) {
                return new Tagged<>(kept.document().json(), kept.tag());
            }
            EntityTags tags = EntityTags.forVariant("anthology" + include);
            TagRows.note(rows, tags);
            Tagged<RenderedJson> rendered = tags.tag(RenderedJson.of(body));
            if (keepable) {
                cache.keep(key, new KeptDetail(rows.getObject("id", UUID.class), rows.getLong("version"),
                        rows.getLong("embedded_version"), rendered.tag(), DeflatedJson.of(rendered.body())));
            }
            return rendered;
        });
    }

    /** {@code AnthologyDetail} of the anthology row {@code a}, with what {@code include} embeds. */
    private String detailJson(String a, Set<AnthologyInclude> include) {
        return ("json_build_object('id', %1$s.id, 'slug', %1$s.slug, 'title', %1$s.title, 'titleNative', %1$s.title_native, "
                + "'titleRomanized', %1$s.title_romanized, 'alternateTitles', %1$s.alternate_titles, 'kind', %2$s, "
                + "'releaseYear', %1$s.release_year, 'premiereDate', %1$s.premiere_date, 'country', %1$s.country, "
                + "'runtimeMinutes', %1$s.runtime_minutes, 'synopsis', %1$s.synopsis, 'coverImageUrl', %1$s.cover_image_url, "
                + "'externalIds', %3$s, 'companies', %4$s, 'segmentCount', %5$s, 'createdAt', %6$s, 'updatedAt', %7$s%8$s)")
                .formatted(a, SqlJson.code(a + ".kind"), ExternalIdQueries.view(a), companies(a), segmentCount(a),
                        SqlJson.instant(a + ".created_at"), SqlJson.instant(a + ".updated_at"),
                        embeds(a, include, false));
    }

    /**
     * {@code AnthologySummary} of the anthology row {@code a}, with what {@code include} embeds; used by
     * {@link AnthologyListQueries}.
     */
    String summaryJson(Set<AnthologyInclude> include) {
        return summaries.computeIfAbsent(include, embeds -> summaryJson("item", embeds));
    }

    private final Map<Set<AnthologyInclude>, String> summaries = new ConcurrentHashMap<>();

    private String summaryJson(String a, Set<AnthologyInclude> include) {
        return ("json_build_object('id', %1$s.id, 'slug', %1$s.slug, 'title', %1$s.title, 'titleNative', %1$s.title_native, "
                + "'titleRomanized', %1$s.title_romanized, 'alternateTitles', %1$s.alternate_titles, 'kind', %2$s, "
                + "'releaseYear', %1$s.release_year, 'country', %1$s.country, 'runtimeMinutes', %1$s.runtime_minutes, "
                + "'coverImageUrl', %1$s.cover_image_url, 'segmentCount', %3$s%4$s)")
                .formatted(a, SqlJson.code(a + ".kind"), segmentCount(a), embeds(a, include, true));
    }

    /** The embedded members, in the order the records declare them; companies only where a list item asks. */
    private String embeds(String a, Set<AnthologyInclude> include, boolean listItem) {
        boolean withCredits = include.contains(AnthologyInclude.CREDITS);
        StringBuilder members = new StringBuilder();
        if (include.contains(AnthologyInclude.SEGMENTS)) {
            String credits = withCredits ? CreditQueries.list("c.segment_id = s.id") : null;
            members.append(", 'segments', ").append(SqlJson.array(SegmentQueries.view("s", "st", ref(a), credits),
                    "from segment s left join company st on st.id = s.studio_id where s.anthology_id = " + a + ".id", "s.position"));
        }
        if (withCredits) {
            members.append(", 'credits', ").append(CreditQueries.list("c.anthology_id = " + a + ".id and c.segment_id is null"));
        }
        if (include.contains(AnthologyInclude.RELEASES)) {
            members.append(", 'releases', ").append(releases.json(a));
        }
        if (listItem && include.contains(AnthologyInclude.COMPANIES)) {
            members.append(", 'companies', ").append(companies(a));
        }
        return members.toString();
    }

    private static String companies(String a) {
        return SqlJson.array("json_build_object('company', " + CompanyQueries.ref("c") + ", 'role', " + SqlJson.code("l.role")
                        + ", 'note', l.note)",
                "from anthology_company l join company c on c.id = l.company_id where l.anthology_id = " + a + ".id", "l.position");
    }

    private static String segmentCount(String a) {
        return "(select count(*) from segment s where s.anthology_id = " + a + ".id)";
    }

    /**
     * The (id, version) of every row a detail shows, as its ETag notes them: the anthology and its companies, and what
     * {@code include} embeds.
     */
    private String tagRows(String a, Set<AnthologyInclude> include) {
        StringBuilder rows = new StringBuilder("select " + a + ".id, " + a + ".version")
                .append(" union all select c.id, c.version from anthology_company l join company c on c.id = l.company_id "
                        + "where l.anthology_id = ").append(a).append(".id");
        boolean withSegments = include.contains(AnthologyInclude.SEGMENTS);
        if (withSegments) {
            rows.append(" union all select s.id, s.version from segment s where s.anthology_id = ").append(a).append(".id")
                    .append(" union all select st.id, st.version from segment s join company st on st.id = s.studio_id "
                            + "where s.anthology_id = ").append(a).append(".id");
        }
        if (include.contains(AnthologyInclude.CREDITS)) {
            rows.append(" union all ").append(CreditQueries.tagRows("c.anthology_id = " + a + ".id"
                    + (withSegments ? "" : " and c.segment_id is null")));
        }
        if (include.contains(AnthologyInclude.RELEASES)) {
            rows.append(" union all ").append(releases.tagRows(a));
        }
        return rows.toString();
    }
}
